/** Says that a change went through, politely: it does not interrupt what a screen reader is saying. */
export function SuccessNotice({ message }: { message: string | null }) {
  return message ? (
    <p className="notice notice-success" role="status">
      {message}
    </p>
  ) : null;
}
