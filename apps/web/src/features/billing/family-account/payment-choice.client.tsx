"use client";

import { Button, CheckboxField, TextField } from "@carryover/ui";

export type Choice = { dollars: string; savedCardId: string | null; saveCard: boolean };
type SavedCard = { id: string; brand: string; last4: string; expMonth: number; expYear: number };

const brandName = (brand: string) => brand.charAt(0).toUpperCase() + brand.slice(1);

/** How much to pay, and with which card: one kept before, or a new one (kept only if asked). */
export function PaymentChoice(props: {
  choice: Choice;
  onChange: (choice: Choice) => void;
  savedCards: SavedCard[];
  busy: boolean;
  onContinue: () => void;
  onCancel: () => void;
}) {
  const { choice, onChange, savedCards, busy } = props;
  const set = (patch: Partial<Choice>) => onChange({ ...choice, ...patch });
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        props.onContinue();
      }}
    >
      <TextField
        label="Amount to pay ($)"
        name="amount"
        inputMode="decimal"
        value={choice.dollars}
        onChange={(event) => set({ dollars: event.target.value })}
      />
      {savedCards.length > 0 ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 font-medium text-stone-900">Pay with</legend>
          {savedCards.map((card) => (
            <label key={card.id} className="flex min-h-11 items-center gap-3">
              <input
                type="radio"
                name="card"
                className="size-5"
                checked={choice.savedCardId === card.id}
                onChange={() => set({ savedCardId: card.id, saveCard: false })}
              />
              {brandName(card.brand)} ending {card.last4} (expires {card.expMonth}/{card.expYear})
            </label>
          ))}
          <label className="flex min-h-11 items-center gap-3">
            <input
              type="radio"
              name="card"
              className="size-5"
              checked={choice.savedCardId === null}
              onChange={() => set({ savedCardId: null })}
            />
            A new card
          </label>
        </fieldset>
      ) : null}
      {choice.savedCardId === null ? (
        <CheckboxField
          label="Keep this card for next time"
          hint="The card is kept by our payment processor, not by the clinic. You can remove it at any time."
          checked={choice.saveCard}
          onChange={(event) => set({ saveCard: event.target.checked })}
        />
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" size="lg" disabled={busy}>
          {busy ? "Working…" : choice.savedCardId ? "Pay now" : "Continue to card"}
        </Button>
        <Button type="button" variant="secondary" size="lg" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
