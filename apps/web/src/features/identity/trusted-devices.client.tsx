"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";

import type { TwoFactorStatus } from "@carryover/api/contracts/two-factor";
import { Alert, Button } from "@carryover/ui";

import { formatDateInZone } from "~/lib/time";
import { describeError } from "~/lib/trpc-error";
import { useTRPC } from "~/trpc/react.client";

/** Devices that skip the code for 30 days; forgetting one asks for the code there again. */
export function TrustedDevices({
  devices,
  timeZone,
}: {
  devices: TwoFactorStatus["devices"];
  timeZone: string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const forget = useMutation(trpc.twoFactor.forgetDevice.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  async function forgetOne(deviceId: string) {
    setError(null);
    try {
      await forget.mutateAsync({ deviceId });
    } catch (failure) {
      setError(describeError(failure).message);
    }
    await queryClient.invalidateQueries({ queryKey: trpc.twoFactor.get.queryKey() });
  }

  if (devices.length === 0) return null;
  return (
    <section aria-labelledby="trusted-devices" className="flex flex-col gap-2">
      <h3 id="trusted-devices" className="font-semibold text-stone-900">
        Trusted devices
      </h3>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <ul className="flex flex-col divide-y divide-stone-200">
        {devices.map((device) => (
          <li key={device.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span>
              {device.label}
              <span className="block text-sm text-stone-600">
                Trusted until {formatDateInZone(device.expiresAt, timeZone)}
              </span>
            </span>
            <Button
              variant="secondary"
              size="sm"
              aria-label={`Forget ${device.label}`}
              onClick={() => void forgetOne(device.id)}
            >
              Forget
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
