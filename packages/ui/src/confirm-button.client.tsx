"use client";

import {
  useId,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
} from "react";

import { Button, type ButtonSize, type ButtonVariant } from "./button";

export type ConfirmButtonProps = {
  children: ReactNode;
  title: string;
  description?: ReactNode;
  confirmLabel?: string;
  cancelLabel?: string;
  tone?: "danger" | "primary";
  onConfirm: () => void | Promise<void>;
  variant?: ButtonVariant;
  size?: ButtonSize;
  disabled?: boolean;
  className?: string;
};

export function ConfirmButton({
  children,
  title,
  description,
  confirmLabel = "Confirm",
  cancelLabel = "Cancel",
  tone = "danger",
  onConfirm,
  variant = "secondary",
  size,
  disabled,
  className,
}: ConfirmButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const titleId = useId();
  const descriptionId = useId();

  const open = () => {
    setFailed(false);
    dialog.current?.showModal();
  };

  const close = () => {
    if (!busy) dialog.current?.close();
  };

  const confirm = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await onConfirm();
      dialog.current?.close();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  const preventCancelWhileBusy = (event: SyntheticEvent<HTMLDialogElement>) => {
    if (busy) event.preventDefault();
  };

  const closeOnBackdrop = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close();
  };

  return (
    <>
      <Button
        ref={trigger}
        type="button"
        variant={variant}
        size={size}
        disabled={disabled}
        className={className}
        onClick={open}
      >
        {children}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        onCancel={preventCancelWhileBusy}
        onClose={() => trigger.current?.focus()}
        onClick={closeOnBackdrop}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded-xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/50"
      >
        <div className="p-6">
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description && (
            <div id={descriptionId} className="mt-2 text-stone-600">
              {description}
            </div>
          )}
          {failed && (
            <p role="alert" className="mt-4 font-medium text-red-700">
              That didn’t work. Please check your connection and try again.
            </p>
          )}
          <div className="mt-6 flex flex-col gap-3 sm:flex-row sm:justify-end">
            <Button type="button" variant="secondary" disabled={busy} onClick={close}>
              {cancelLabel}
            </Button>
            <Button type="button" variant={tone} busy={busy} onClick={confirm}>
              {confirmLabel}
            </Button>
          </div>
        </div>
      </dialog>
    </>
  );
}
