/**
 * A form's message that belongs to no one field (a failed save): announced as
 * it appears. Empty renders nothing visible but keeps the live region in place.
 */
export function FormMessage({ children }: { children: string }) {
  return (
    <p role="alert" className="error form-message">
      {children}
    </p>
  );
}
