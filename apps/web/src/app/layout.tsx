import "@fontsource-variable/inter";
import "./globals.css";

import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";

import { TRPCReactProvider } from "~/trpc/react.client";

export const metadata: Metadata = {
  title: { default: "Carryover", template: "%s · Carryover" },
  description: "Home programs and coaching for pediatric occupational therapy.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#22776b" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never prerendered: Next puts each answer's CSP nonce on its scripts (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body>
        <TRPCReactProvider>{children}</TRPCReactProvider>
      </body>
    </html>
  );
}
