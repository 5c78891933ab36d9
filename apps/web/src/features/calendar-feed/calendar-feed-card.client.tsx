"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";

import { Alert, Button, Card, ConfirmButton, TextField } from "@carryover/ui";

import { ListSkeleton, QueryError } from "~/lib/query-state";
import { formatDateInZone } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

type Notice = { tone: "success" | "error" | "info"; text: string };

const DESCRIPTION =
  "A private address that puts your sessions in Google, Apple or Outlook calendar and keeps them up to date, showing only the time and “OT session with” the therapist’s first name.";

export function CalendarFeedCard({ timeZone }: { timeZone: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const feed = useQuery(trpc.calendarFeed.get.queryOptions());
  const create = useMutation(trpc.calendarFeed.create.mutationOptions());
  const revoke = useMutation(trpc.calendarFeed.revoke.mutationOptions());
  const [createdUrl, setCreatedUrl] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.calendarFeed.get.queryKey() });

  async function makeAddress(replacing: boolean) {
    setNotice(null);
    try {
      const result = await create.mutateAsync();
      setCreatedUrl(result.url);
      if (replacing)
        setNotice({
          tone: "info",
          text: "Your old address no longer works. Add the new one below to your calendar, and remove the old calendar there.",
        });
    } catch (error) {
      setNotice({
        tone: "error",
        text: `We couldn't make a calendar address. ${describeError(error).message}`,
      });
    }
    await refresh();
  }

  async function turnOff() {
    setNotice(null);
    try {
      await revoke.mutateAsync();
      setCreatedUrl(null);
      setNotice({
        tone: "success",
        text: "Your calendar address is turned off. Calendars that used it will stop getting your sessions; you can remove it from them.",
      });
    } catch (error) {
      setNotice({
        tone: "error",
        text: `We couldn't turn off your calendar address. ${describeError(error).message}`,
      });
    }
    await refresh();
  }

  return (
    <Card title="Calendar feed" description={DESCRIPTION}>
      <div aria-live="polite" className="empty:hidden">
        {notice ? (
          <Alert tone={notice.tone} className="mb-4">
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {feed.isPending ? (
        <ListSkeleton rows={2} label="Loading your calendar feed…" />
      ) : feed.isError ? (
        <QueryError
          error={feed.error}
          what="your calendar feed"
          onRetry={() => void feed.refetch()}
        />
      ) : createdUrl ? (
        <NewAddress
          url={createdUrl}
          onDone={() => {
            setCreatedUrl(null);
            setNotice(null);
          }}
        />
      ) : feed.data.active ? (
        <ActiveFeed
          since={feed.data.createdAt}
          timeZone={timeZone}
          onReplace={() => makeAddress(true)}
          onTurnOff={turnOff}
        />
      ) : (
        <div className="flex flex-col items-start gap-3">
          <p className="text-stone-700">You don’t have a calendar address yet.</p>
          <Button type="button" busy={create.isPending} onClick={() => void makeAddress(false)}>
            Make my calendar address
          </Button>
        </div>
      )}
    </Card>
  );
}

function NewAddress({ url, onDone }: { url: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const webcal = url.replace(/^https?:/, "webcal:");

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
    } catch {
      input.current?.select();
      setCopied("failed");
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Alert tone="success" title="Your calendar address is ready.">
        Copy it now: for your privacy we show it only this once. Anyone with this address can see
        your session times, so keep it to yourself.
      </Alert>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="min-w-0 flex-1">
          <TextField
            ref={input}
            label="Your calendar address"
            name="calendar-feed-url"
            readOnly
            value={url}
            spellCheck={false}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
        <Button type="button" onClick={() => void copy()}>
          Copy address
        </Button>
      </div>
      <p aria-live="polite" className="text-sm text-stone-700 empty:hidden">
        {copied === "yes"
          ? "Copied. Now paste it into your calendar app."
          : copied === "failed"
            ? "We couldn't copy it for you. The address is selected: copy it with your device's copy command."
            : ""}
      </p>
      <AddToCalendarSteps webcal={webcal} />
      <div>
        <Button type="button" variant="secondary" onClick={onDone}>
          I’ve added it
        </Button>
      </div>
    </div>
  );
}

/** The feed is on; its address was shown once, so it can only be replaced or turned off. */
function ActiveFeed({
  since,
  timeZone,
  onReplace,
  onTurnOff,
}: {
  since: Date | null;
  timeZone: string;
  onReplace: () => Promise<void>;
  onTurnOff: () => Promise<void>;
}) {
  return (
    <div className="flex flex-col gap-4">
      <p className="text-stone-700">
        Your calendar address has been on since{" "}
        {since ? formatDateInZone(since, timeZone) : "earlier"}. For your privacy we show it only
        once, when it is made. Lost it, or shared it by mistake? Replace it with a new one.
      </p>
      <div className="flex flex-col gap-3 sm:flex-row">
        <ConfirmButton
          title="Replace your calendar address?"
          description="The current address stops working at once. Calendars that use it stop updating until you add the new address."
          confirmLabel="Replace address"
          cancelLabel="Keep the current one"
          tone="primary"
          onConfirm={onReplace}
        >
          Replace address
        </ConfirmButton>
        <ConfirmButton
          title="Turn off your calendar address?"
          description="Calendars that use it will stop getting your sessions. You can make a new address any time."
          confirmLabel="Turn off"
          cancelLabel="Keep it on"
          onConfirm={onTurnOff}
        >
          Turn off
        </ConfirmButton>
      </div>
    </div>
  );
}

/** How to subscribe in Google Calendar and in Apple Calendar (`webcal` opens Calendar directly). */
function AddToCalendarSteps({ webcal }: { webcal: string }) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="feed-google" className="rounded-lg bg-stone-50 p-4">
        <h3 id="feed-google" className="font-semibold text-stone-900">
          Google Calendar
        </h3>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-stone-700">
          <li>On a computer, open calendar.google.com.</li>
          <li>Next to “Other calendars”, choose + and then “From URL”.</li>
          <li>Paste the address and choose “Add calendar”.</li>
        </ol>
        <p className="mt-2 text-sm text-stone-600">
          It then shows on your phone too. Google refreshes it every few hours.
        </p>
      </section>
      <section aria-labelledby="feed-apple" className="rounded-lg bg-stone-50 p-4">
        <h3 id="feed-apple" className="font-semibold text-stone-900">
          Apple Calendar
        </h3>
        <p className="mt-2 text-stone-700">
          On an iPhone, iPad or Mac,{" "}
          <a href={webcal} className="font-medium text-brand-800 underline underline-offset-2">
            open this address in Calendar
          </a>{" "}
          and choose “Subscribe”.
        </p>
        <p className="mt-2 text-sm text-stone-600">
          Or on a Mac: File → New Calendar Subscription, then paste the address. On an iPhone:
          Settings → Calendar → Accounts → Add Account → Other → Add Subscribed Calendar.
        </p>
      </section>
    </div>
  );
}
