// The bench's baseline: what Next.js's App Router alone sends to a browser (first-load.bench.ts).
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
