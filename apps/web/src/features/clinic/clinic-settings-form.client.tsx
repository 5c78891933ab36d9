"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useReducer, useRef, type FormEvent } from "react";

import { Alert, Button } from "@carryover/ui";

import { focusFirstInvalid, placeRefusal } from "~/lib/form-errors";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";
import {
  checkClinicSettings,
  initialSettingsState,
  settingsFieldOf,
  settingsFormReducer,
  timeZoneOptions,
  type SettingsDraft,
} from "./settings/clinic-settings";
import { FormsSection, MessagingSection } from "./settings/family-portal-sections.client";
import {
  ChildVisibilitySection,
  ClinicalNotesSection,
  ClinicSection,
  IdleTimeoutSection,
  JoinWindowSection,
  RemindersSection,
  SignInSecuritySection,
} from "./settings/settings-sections.client";
import type { Clinic } from "./types";

export function ClinicSettingsForm({ clinic }: { clinic: Clinic }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [state, dispatch] = useReducer(settingsFormReducer, clinic, initialSettingsState);
  const update = useMutation(trpc.clinic.update.mutationOptions());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkClinicSettings(state.draft);
    dispatch({ type: "submit", errors: checked.ok ? {} : checked.errors });
    if (!checked.ok) {
      focusFirstInvalid(form.current);
      return;
    }
    update.mutate(checked.input, {
      onSuccess: () => {
        dispatch({ type: "saved" });
        void queryClient.invalidateQueries({ queryKey: trpc.clinic.get.queryKey() });
        router.refresh();
      },
      onError: (error) => {
        const refused = placeRefusal(describeError(error), settingsFieldOf);
        dispatch({ type: "failed", ...refused });
        focusFirstInvalid(form.current);
      },
    });
  }

  const section = {
    draft: state.draft,
    errors: state.errors,
    onEdit: (change: Partial<SettingsDraft>) => dispatch({ type: "edit", change }),
  };

  return (
    <form ref={form} onSubmit={submit} noValidate className="flex max-w-3xl flex-col gap-6">
      <div aria-live="polite">
        {state.saved ? <Alert tone="success">Settings saved. They apply from now on.</Alert> : null}
      </div>
      {state.problem ? <Alert tone="error">{state.problem}</Alert> : null}
      <ClinicSection {...section} zoneOptions={timeZoneOptions(clinic.timeZone)} />
      <IdleTimeoutSection {...section} />
      <ChildVisibilitySection {...section} />
      <SignInSecuritySection {...section} />
      <RemindersSection {...section} />
      <JoinWindowSection {...section} />
      <ClinicalNotesSection {...section} />
      <MessagingSection {...section} />
      <FormsSection {...section} />
      <div>
        <Button type="submit" size="lg" busy={update.isPending}>
          Save settings
        </Button>
      </div>
    </form>
  );
}
