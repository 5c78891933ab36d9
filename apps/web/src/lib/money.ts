const DOLLARS = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });

/** Integer cents as dollars: 15000 → "$150.00". */
export const formatCents = (cents: number) => DOLLARS.format(cents / 100);
