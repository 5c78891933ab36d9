"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";

import type { UsState } from "@carryover/domain/clinic";
import {
  Alert,
  Button,
  buttonClasses,
  Card,
  DescriptionList,
  EmptyState,
  SelectField,
} from "@carryover/ui";

import { AlternativeTimes } from "~/features/scheduling/alternative-times.client";
import {
  freeCancelUntil,
  hoursLabel,
  wouldBeLate,
} from "~/features/scheduling/cancellation-policy";
import { MODALITY_LABELS_FOR_FAMILIES } from "~/features/scheduling/labels";
import { TimePicker } from "~/features/scheduling/time-picker.client";
import type { SessionType, Slot } from "~/features/scheduling/types";
import {
  isUsState,
  rememberedLocation,
  rememberLocation,
  STATE_OPTIONS,
} from "~/features/scheduling/us-states";
import { useFamilyTimeZone } from "~/features/scheduling/use-family-time-zone";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { clockTime, dayAndTime, formatMinutes, zoneName } from "~/lib/time";
import { describeError, type DescribedError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import { newIdempotencyKey } from "./idempotency-key";
import { ChoiceButton, StepHeading } from "./step-heading.client";

type Booked = { appointmentId: string; start: Date; end: Date };
type Step = "child" | "type" | "therapist" | "time" | "confirm" | "done";

export function BookFlow() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const timeZone = useFamilyTimeZone();
  const children = useQuery(trpc.child.list.queryOptions());
  const types = useQuery(trpc.sessionType.list.queryOptions());
  const therapists = useQuery(trpc.therapist.list.queryOptions());

  const [chosenChildId, setChildId] = useState<string | null>(null);
  const [sessionTypeId, setSessionTypeId] = useState<string | null>(null);
  const [chosenTherapistId, setTherapistId] = useState<string | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [location, setLocation] = useState<UsState | "">("");
  const [locationError, setLocationError] = useState<string | null>(null);
  const [problem, setProblem] = useState<DescribedError | null>(null);
  const [attempt, setAttempt] = useState<{ signature: string; key: string } | null>(null);
  const [booked, setBooked] = useState<Booked | null>(null);

  const bookable = children.data ?? [];
  const onlyChild = bookable.length === 1 ? bookable[0] : undefined;
  const childId = chosenChildId ?? onlyChild?.id ?? null;
  const child = bookable.find((c) => c.id === childId);
  const profile = useQuery({
    ...trpc.child.get.queryOptions({ childId: childId ?? "" }),
    enabled: Boolean(childId),
  });
  const sessionTypes = (types.data ?? []).filter((t) => t.kind !== "group");
  const sessionType = sessionTypes.find((t) => t.id === sessionTypeId);

  const childsTherapists = profile.data?.therapists ?? [];
  const others = (therapists.data ?? []).filter(
    (t) => !childsTherapists.some((mine) => mine.id === t.id),
  );
  const therapistOptions = [...childsTherapists, ...others];
  const onlyTherapist =
    profile.data && therapistOptions.length === 1 ? therapistOptions[0] : undefined;
  const therapistId = chosenTherapistId ?? onlyTherapist?.id ?? null;
  const therapist = therapistOptions.find((t) => t.id === therapistId);

  const create = useMutation(trpc.booking.create.mutationOptions());

  if (children.isPending || types.isPending || therapists.isPending || !timeZone)
    return <ListSkeleton rows={4} label="Loading" />;
  if (children.isError || types.isError || therapists.isError) {
    const failed = children.error ?? types.error ?? therapists.error;
    return (
      <QueryError
        error={failed}
        what="what you can book"
        onRetry={() => {
          void children.refetch();
          void types.refetch();
          void therapists.refetch();
        }}
      />
    );
  }
  if (bookable.length === 0) {
    return (
      <EmptyState
        title="No children linked to your account yet"
        description="Your clinic links your child to your account. Please contact the clinic to book for now."
      />
    );
  }

  const step: Step = !child
    ? "child"
    : !sessionType
      ? "type"
      : !therapist
        ? "therapist"
        : !slot
          ? "time"
          : !booked
            ? "confirm"
            : "done";
  const steps: Step[] = [
    ...(onlyChild ? [] : (["child"] as const)),
    "type",
    ...(onlyTherapist ? [] : (["therapist"] as const)),
    "time",
    "confirm",
  ];
  const stepNumber = steps.indexOf(step) + 1;

  function back() {
    setProblem(null);
    if (step === "confirm") setSlot(null);
    else if (step === "time") {
      if (onlyTherapist) setSessionTypeId(null);
      else setTherapistId(null);
    } else if (step === "therapist") setSessionTypeId(null);
    else if (step === "type") setChildId(null);
  }

  function chooseTime(next: Slot) {
    setProblem(null);
    setSlot(next);
    if (childId && !location) setLocation(rememberedLocation(childId));
  }

  function startOver() {
    setChildId(null);
    setSessionTypeId(null);
    setTherapistId(null);
    setSlot(null);
    setBooked(null);
    setProblem(null);
    setAttempt(null);
  }

  function confirm() {
    if (!child || !sessionType || !therapist || !slot) return;
    setProblem(null);
    setLocationError(null);
    const needsLocation = sessionType.modality === "telehealth";
    if (needsLocation && !isUsState(location)) {
      setLocationError(`Choose the state ${child.firstName} will be in during the video session.`);
      return;
    }
    const input = {
      childId: child.id,
      therapistId: therapist.id,
      sessionTypeId: sessionType.id,
      start: slot.start,
      childLocationState: needsLocation && isUsState(location) ? location : null,
    };
    const signature = JSON.stringify([...Object.values(input), +slot.start]);
    // The same attempt retried (say after a dropped connection) keeps its key, so it books once.
    const key = attempt?.signature === signature ? attempt.key : newIdempotencyKey();
    setAttempt({ signature, key });
    create.mutate(
      { ...input, idempotencyKey: key },
      {
        onSuccess: (result) => {
          if (input.childLocationState) rememberLocation(child.id, input.childLocationState);
          setBooked(result);
          void queryClient.invalidateQueries({ queryKey: trpc.booking.list.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() });
        },
        onError: (error) => {
          const found = describeError(error);
          if (found.field === "childLocationState") setLocationError(found.message);
          else setProblem(found);
          if (found.alternatives.length > 0)
            void queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() });
        },
      },
    );
  }

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-5">
      {step !== "done" ? (
        <div className="flex items-center justify-between gap-3">
          <p className="font-medium text-stone-600">
            Step {stepNumber} of {steps.length}
          </p>
          {stepNumber > 1 ? (
            <Button type="button" variant="ghost" size="sm" onClick={back}>
              <span aria-hidden="true">←</span> Back
            </Button>
          ) : null}
        </div>
      ) : null}

      {step !== "child" && step !== "confirm" && step !== "done" && child ? (
        <Chosen
          items={[
            bookable.length > 1 ? `For ${child.firstName}` : null,
            sessionType
              ? `${sessionType.name} · ${formatMinutes(sessionType.durationMinutes)}`
              : null,
            therapist && step !== "therapist" ? `With ${therapist.name}` : null,
          ]}
        />
      ) : null}

      {step === "child" ? (
        <section className="flex flex-col gap-3">
          <StepHeading focusOnMount={false}>Who is the session for?</StepHeading>
          {bookable.map((c) => (
            <ChoiceButton
              key={c.id}
              title={`${c.firstName} ${c.lastName}`}
              detail={c.primaryTherapistName ? `Therapist: ${c.primaryTherapistName}` : undefined}
              onClick={() => setChildId(c.id)}
            />
          ))}
        </section>
      ) : null}

      {step === "type" && child ? (
        <section className="flex flex-col gap-3">
          <StepHeading focusOnMount={!onlyChild}>
            What kind of session for {child.firstName}?
          </StepHeading>
          {sessionTypes.length === 0 ? (
            <EmptyState
              title="Nothing to book online yet"
              description="Your clinic hasn't opened any session types for online booking. Please contact the clinic."
            />
          ) : (
            sessionTypes.map((t) => (
              <ChoiceButton
                key={t.id}
                title={t.name}
                detail={`${formatMinutes(t.durationMinutes)} · ${MODALITY_LABELS_FOR_FAMILIES[t.modality]}`}
                onClick={() => setSessionTypeId(t.id)}
              />
            ))
          )}
          <p className="text-stone-600">
            Looking for a group?{" "}
            <Link
              href="/family/groups"
              className="inline-flex min-h-11 items-center font-medium text-brand-700 underline underline-offset-4"
            >
              See group sessions
            </Link>
          </p>
        </section>
      ) : null}

      {step === "therapist" && child ? (
        <section className="flex flex-col gap-3">
          <StepHeading>Which therapist?</StepHeading>
          {profile.isPending ? (
            <ListSkeleton rows={2} label="Loading therapists" />
          ) : profile.isError ? (
            <QueryError
              error={profile.error}
              what="the therapists"
              onRetry={() => void profile.refetch()}
            />
          ) : (
            therapistOptions.map((t) => (
              <ChoiceButton
                key={t.id}
                title={t.name}
                detail={
                  childsTherapists.some((mine) => mine.id === t.id)
                    ? `${child.firstName}'s therapist`
                    : "Another therapist at the clinic"
                }
                onClick={() => setTherapistId(t.id)}
              />
            ))
          )}
        </section>
      ) : null}

      {step === "time" && sessionType && therapist ? (
        <section className="flex flex-col gap-3">
          <StepHeading>Choose a time</StepHeading>
          <TimePicker
            therapistId={therapist.id}
            therapistName={therapist.name}
            sessionTypeId={sessionType.id}
            timeZone={timeZone}
            selected={null}
            onSelect={chooseTime}
          />
        </section>
      ) : null}

      {step === "confirm" && child && sessionType && therapist && slot ? (
        <section className="flex flex-col gap-4">
          <StepHeading>Check and confirm</StepHeading>
          <Card>
            <LiveSessionSummary
              childName={`${child.firstName} ${child.lastName}`}
              sessionType={sessionType}
              therapistName={therapist.name}
              start={slot.start}
              end={slot.end}
              timeZone={timeZone}
            />
          </Card>
          {sessionType.modality === "telehealth" ? (
            <SelectField
              label={`Where will ${child.firstName} be during the session?`}
              name="childLocationState"
              hint="Therapists can only hold video sessions with children in states where they are licensed."
              required
              options={STATE_OPTIONS}
              value={location}
              onChange={(event) => {
                const value = event.target.value;
                setLocation(isUsState(value) ? value : "");
                setLocationError(null);
              }}
              error={locationError ?? undefined}
            />
          ) : null}
          <CancellationPolicy start={slot.start} sessionType={sessionType} timeZone={timeZone} />
          {problem ? (
            <Alert tone="error" title={problem.message}>
              <AlternativeTimes
                variant="family"
                prompt="Tap a time to book it instead:"
                times={problem.alternatives}
                timeZone={timeZone}
                onPick={(start) =>
                  chooseTime({
                    start,
                    end: new Date(+start + sessionType.durationMinutes * 60_000),
                  })
                }
              />
              {problem.field === "start" ? (
                <Button
                  type="button"
                  variant="ghost"
                  size="sm"
                  className="mt-2"
                  onClick={() => {
                    setProblem(null);
                    setSlot(null);
                  }}
                >
                  See all open times
                </Button>
              ) : null}
            </Alert>
          ) : null}
          <Button type="button" size="lg" busy={create.isPending} onClick={confirm}>
            Book this session
          </Button>
        </section>
      ) : null}

      {step === "done" && child && sessionType && therapist && booked ? (
        <section className="flex flex-col gap-4">
          <StepHeading>You&apos;re booked</StepHeading>
          <Alert tone="success" title={`${child.firstName}'s session is booked.`}>
            It&apos;s in your sessions: {dayAndTime(booked.start, timeZone)} with {therapist.name}.
          </Alert>
          <Card>
            <LiveSessionSummary
              childName={`${child.firstName} ${child.lastName}`}
              sessionType={sessionType}
              therapistName={therapist.name}
              start={booked.start}
              end={booked.end}
              timeZone={timeZone}
            />
          </Card>
          <Link href="/family/sessions" className={buttonClasses({ size: "lg" })}>
            See my sessions
          </Link>
          <Button type="button" variant="secondary" size="lg" onClick={startOver}>
            Book another session
          </Button>
        </section>
      ) : null}
    </div>
  );
}

function Chosen({ items }: { items: (string | null)[] }) {
  const shown = items.filter((item): item is string => Boolean(item));
  if (shown.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Chosen so far">
      {shown.map((item) => (
        <li
          key={item}
          className="rounded-full border border-stone-300 bg-white px-3 py-1 text-stone-800"
        >
          {item}
        </li>
      ))}
    </ul>
  );
}

export function LiveSessionSummary({
  childName,
  sessionType,
  therapistName,
  start,
  end,
  timeZone,
}: {
  childName: string;
  sessionType: Pick<SessionType, "name" | "durationMinutes" | "modality">;
  therapistName: string;
  start: Date;
  end: Date;
  timeZone: string;
}) {
  return (
    <DescriptionList
      items={[
        {
          term: "Session",
          detail: `${sessionType.name} (${formatMinutes(sessionType.durationMinutes)})`,
        },
        {
          term: "When",
          detail: (
            <>
              <time dateTime={start.toISOString()}>{dayAndTime(start, timeZone)}</time> to{" "}
              {clockTime(end, timeZone)} ({zoneName(timeZone, start)})
            </>
          ),
        },
        { term: "Child", detail: childName },
        { term: "Therapist", detail: therapistName },
        { term: "Where", detail: MODALITY_LABELS_FOR_FAMILIES[sessionType.modality] },
      ]}
    />
  );
}

function CancellationPolicy({
  start,
  sessionType,
  timeZone,
}: {
  start: Date;
  sessionType: SessionType;
  timeZone: string;
}) {
  const hours = sessionType.cancellationWindowHours;
  if (wouldBeLate(start, new Date(), hours)) {
    return (
      <Alert tone="warning" title="Cancellation policy">
        This session is less than {hoursLabel(hours)} away, so cancelling it would count as a late
        cancellation.
      </Alert>
    );
  }
  return (
    <Alert tone="info" title="Cancellation policy">
      Free to cancel until {dayAndTime(freeCancelUntil(start, hours), timeZone)}; after that it
      counts as a late cancellation.
    </Alert>
  );
}
