/** A failure told to the user, announced by screen readers. */
export function ErrorMessage(props: { error: string | undefined }) {
  return props.error ? (
    <p class="error" role="alert">
      {props.error}
    </p>
  ) : null;
}
