export { Alert, type AlertProps, type AlertTone } from "./alert";
export { AppShell, type AppShellNavItem, type AppShellProps } from "./app-shell.client";
export { Badge, type BadgeProps, type BadgeTone } from "./badge";
export {
  Button,
  buttonClasses,
  type ButtonClassesOptions,
  type ButtonProps,
  type ButtonSize,
  type ButtonVariant,
} from "./button";
export { Card, CardGrid, type CardGridProps, type CardProps } from "./card";
export { cn } from "./cn";
export { ConfirmButton, type ConfirmButtonProps } from "./confirm-button.client";
export { DataTable, type DataTableColumn, type DataTableProps } from "./data-table";
export {
  DescriptionList,
  type DescriptionListItem,
  type DescriptionListProps,
} from "./description-list";
export { EmptyState, type EmptyStateProps } from "./empty-state";
export {
  CheckboxField,
  SelectField,
  TextField,
  type CheckboxFieldProps,
  type SelectFieldProps,
  type SelectOption,
  type TextFieldProps,
} from "./field.client";
export { PageHeader, type PageHeaderProps } from "./page-header";
export {
  Skeleton,
  Spinner,
  SpinnerIcon,
  type SkeletonProps,
  type SpinnerIconProps,
  type SpinnerProps,
} from "./spinner";
export { VisuallyHidden, type VisuallyHiddenProps } from "./visually-hidden";
export { Logo } from "./logo";
export { rowLinkClasses } from "./row-link";
export { textLinkClasses } from "./text-link";
