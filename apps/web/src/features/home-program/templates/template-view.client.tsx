"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";

import { Alert, Badge, Button } from "@carryover/ui";

import { ActivityDetails } from "~/features/home-program/activity-editor/activity-details";
import { KIND_LABELS, KIND_TONES } from "~/features/home-program/activity-editor/labels";
import { formatDateInZone } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import type { Template } from "./types";

/** One template read-only, with what the therapist can do with it. */
export function TemplateView({
  template,
  timeZone,
  onEdit,
  onCopied,
  onClose,
}: {
  template: Template;
  timeZone: string;
  onEdit: () => void;
  onCopied: (copyId: string) => void;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const { content, structure } = template;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const copy = useMutation(
    trpc.template.copy.mutationOptions({
      onSuccess: async ({ templateId }) => {
        await queryClient.invalidateQueries({ queryKey: trpc.template.list.queryKey() });
        onCopied(templateId);
      },
      onError: (error) =>
        setProblem(`The copy wasn't made. ${describeError(error).message} Try again in a moment.`),
    }),
  );

  return (
    <article
      aria-labelledby={headingId}
      className="flex flex-col gap-5 rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6 lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto"
    >
      <div className="flex flex-col gap-3">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <h2
            ref={heading}
            id={headingId}
            tabIndex={-1}
            className="min-w-0 text-xl font-semibold text-stone-900 focus:outline-none"
          >
            {content.title}
          </h2>
          <Button type="button" variant="ghost" size="sm" onClick={onClose}>
            <span aria-hidden="true">←</span> Back to all templates
          </Button>
        </div>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Badge tone={KIND_TONES[structure.kind]}>{KIND_LABELS[structure.kind]}</Badge>
          <span className="text-sm text-stone-600">
            Updated {formatDateInZone(template.updatedAt, timeZone)}
          </span>
        </div>
        <div className="flex flex-wrap gap-3">
          <Button type="button" onClick={onEdit}>
            Edit
          </Button>
          <Button
            type="button"
            variant="secondary"
            busy={copy.isPending}
            onClick={() => {
              setProblem(null);
              copy.mutate({ templateId: template.id });
            }}
          >
            Make a copy
          </Button>
        </div>
        {problem ? <Alert tone="error">{problem}</Alert> : null}
      </div>
      <ActivityDetails activity={{ content, structure }} headingAs="h3" />
    </article>
  );
}
