"use client";

import { useQuery } from "@tanstack/react-query";
import { useReducer, type Dispatch } from "react";

import { EmptyState } from "@carryover/ui";

import type { ChildSummary } from "~/features/children/types";
import type { SessionType, Slot } from "~/features/scheduling/types";
import { rememberedLocation } from "~/features/scheduling/us-states";
import { useFamilyTimeZone } from "~/features/scheduling/use-family-time-zone";
import { ListSkeleton, QueryError } from "~/lib/query-state";
import { useTRPC } from "~/trpc/react.client";
import { BookedStep } from "./booked-step.client";
import {
  bookingChildId,
  bookingReducer,
  chosenSoFar,
  resolveBooking,
  startingBooking,
  type BookingAction,
  type BookingState,
  type BookingView,
} from "./booking-steps";
import { ChildStep } from "./child-step.client";
import { ConfirmStep } from "./confirm-step.client";
import { SessionTypeStep } from "./session-type-step.client";
import { ChosenSoFar, StepProgress } from "./step-progress.client";
import { TherapistStep } from "./therapist-step.client";
import { TimeStep } from "./time-step.client";
import { useConfirmBooking } from "./use-confirm-booking";

type Therapist = { id: string; name: string };

export function BookFlow() {
  const trpc = useTRPC();
  const timeZone = useFamilyTimeZone();
  const children = useQuery(trpc.child.list.queryOptions());
  const types = useQuery(trpc.sessionType.list.queryOptions());
  const therapists = useQuery(trpc.therapist.list.queryOptions());
  const [state, dispatch] = useReducer(bookingReducer, startingBooking);
  const childId = bookingChildId(state, children.data ?? []);
  const profile = useQuery({
    ...trpc.child.get.queryOptions({ childId: childId ?? "" }),
    enabled: Boolean(childId),
  });
  const booking = useConfirmBooking(dispatch);

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
  if (children.data.length === 0) {
    return (
      <EmptyState
        title="No children linked to your account yet"
        description="Your clinic links your child to your account. Please contact the clinic to book for now."
      />
    );
  }

  const view = resolveBooking(state, {
    children: children.data,
    sessionTypes: types.data,
    childsTherapists: profile.data?.therapists,
    therapists: therapists.data,
  });
  const { step } = view;
  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-5">
      {step !== "done" ? (
        <StepProgress
          number={view.stepNumber}
          count={view.stepCount}
          onBack={() =>
            dispatch({
              type: "went-back",
              from: step,
              therapistChosenForThem: Boolean(view.onlyTherapist),
            })
          }
        />
      ) : null}

      {step !== "child" && step !== "confirm" && step !== "done" && view.child ? (
        <ChosenSoFar items={chosenSoFar(view, children.data.length > 1)} />
      ) : null}

      <CurrentStep
        view={view}
        state={state}
        dispatch={dispatch}
        familyChildren={children.data}
        childRecord={{
          loading: profile.isPending,
          error: profile.isError ? profile.error : null,
          retry: () => void profile.refetch(),
        }}
        booking={booking}
        timeZone={timeZone}
      />
    </div>
  );
}

/** The one step the family is on; each step's heading takes the focus as it appears. */
function CurrentStep({
  view,
  state,
  dispatch,
  familyChildren,
  childRecord,
  booking,
  timeZone,
}: {
  view: BookingView<ChildSummary, SessionType, Therapist>;
  state: BookingState;
  dispatch: Dispatch<BookingAction>;
  familyChildren: ChildSummary[];
  /** The child's record, which names the child's own therapists. */
  childRecord: { loading: boolean; error: unknown; retry: () => void };
  booking: ReturnType<typeof useConfirmBooking>;
  timeZone: string;
}) {
  const { step, child, sessionType, therapist } = view;
  const { slot, booked } = state;
  const chooseTime = (chosen: Slot) =>
    dispatch({
      type: "time-chosen",
      slot: chosen,
      rememberedLocation: child ? rememberedLocation(child.id) : "",
    });

  return (
    <>
      {step === "child" ? (
        <ChildStep
          options={familyChildren}
          onChoose={(id) => dispatch({ type: "child-chosen", childId: id })}
        />
      ) : null}

      {step === "type" && child ? (
        <SessionTypeStep
          childName={child.firstName}
          sessionTypes={view.sessionTypes}
          focusOnMount={!view.onlyChild}
          onChoose={(id) => dispatch({ type: "session-type-chosen", sessionTypeId: id })}
        />
      ) : null}

      {step === "therapist" && child ? (
        <TherapistStep
          childName={child.firstName}
          options={view.therapistOptions}
          childsTherapists={view.childsTherapists}
          loading={childRecord.loading}
          error={childRecord.error}
          onRetry={childRecord.retry}
          onChoose={(id) => dispatch({ type: "therapist-chosen", therapistId: id })}
        />
      ) : null}

      {step === "time" && sessionType && therapist ? (
        <TimeStep
          therapist={therapist}
          sessionTypeId={sessionType.id}
          timeZone={timeZone}
          onChoose={chooseTime}
        />
      ) : null}

      {step === "confirm" && child && sessionType && therapist && slot ? (
        <ConfirmStep
          child={child}
          sessionType={sessionType}
          therapistName={therapist.name}
          slot={slot}
          timeZone={timeZone}
          location={state.location}
          locationError={state.locationError}
          problem={state.problem}
          busy={booking.busy}
          onLocationChange={(location) => dispatch({ type: "location-changed", location })}
          onChooseTime={chooseTime}
          onSeeAllTimes={() => dispatch({ type: "all-times-asked" })}
          onConfirm={() =>
            booking.confirm(state, { child, sessionType, therapistId: therapist.id })
          }
        />
      ) : null}

      {step === "done" && child && sessionType && therapist && booked ? (
        <BookedStep
          child={child}
          sessionType={sessionType}
          therapistName={therapist.name}
          booked={booked}
          timeZone={timeZone}
          onBookAnother={() => dispatch({ type: "started-over" })}
        />
      ) : null}
    </>
  );
}
