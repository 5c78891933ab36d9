import type { ReactNode } from "react";

import { Card, cn } from "@carryover/ui";

export type ReportColumn<Row> = {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Right-aligned, in tabular figures. */
  numeric?: boolean;
};

const CELL = "px-3 py-2";
const NUMERIC = "text-right whitespace-nowrap tabular-nums";

/**
 * A report's figures as a table named by its title: the first column heads each row, a totals row
 * at the foot when given, a line in words when there are no rows.
 */
export function ReportTable<Row>({
  title,
  description,
  columns,
  rows,
  rowKey,
  totals,
  empty,
}: {
  title: string;
  description?: ReactNode;
  columns: ReportColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  /** The foot's cells, one per column (the first says what they total). */
  totals?: ReactNode[];
  empty: string;
}) {
  return (
    <Card title={title} description={description}>
      {rows.length === 0 ? (
        <p className="text-stone-600">{empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-stone-300 text-sm text-stone-600">
                {columns.map((column) => (
                  <th
                    key={column.header}
                    scope="col"
                    className={cn(CELL, "font-medium", column.numeric && "text-right")}
                  >
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column, index) =>
                    index === 0 ? (
                      <th
                        key={column.header}
                        scope="row"
                        className={cn(CELL, "font-normal text-stone-900")}
                      >
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td
                        key={column.header}
                        className={cn(CELL, "text-stone-900", column.numeric && NUMERIC)}
                      >
                        {column.cell(row)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
            {totals && (
              <tfoot>
                <tr className="border-t-2 border-stone-300 font-semibold text-stone-900">
                  {totals.map((cell, index) =>
                    index === 0 ? (
                      <th key={index} scope="row" className={CELL}>
                        {cell}
                      </th>
                    ) : (
                      <td key={index} className={cn(CELL, columns[index]?.numeric && NUMERIC)}>
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </Card>
  );
}
