import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A destructive action behind a confirmation: the button opens a question in place (an alertdialog whose answer
 * takes the focus), answering runs `onConfirm`, cancelling puts the button back. `nothing` is said beside the
 * button when there is nothing to act on.
 */
export function ConfirmedAction({
  id,
  label,
  question,
  detail,
  yes,
  cancel,
  disabled,
  nothing,
  onConfirm,
}: {
  /** Base of the question's element id (the dialog is labelled by it). */
  id: string;
  label: string;
  question: string;
  detail?: string;
  yes: string;
  cancel: string;
  disabled: boolean;
  nothing?: string;
  onConfirm: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const questionId = `${id}-question`;
  return (
    <div class="ll-row ll-wrap">
      {!confirming ? (
        <button
          type="button"
          class="ll-button ll-danger"
          disabled={disabled}
          onClick={() => setConfirming(true)}
        >
          {label}
        </button>
      ) : (
        <div class="ll-confirm" role="alertdialog" aria-labelledby={questionId}>
          <p id={questionId}>{question}</p>
          {detail && <p class="ll-small">{detail}</p>}
          <div class="ll-row">
            <FocusedButton
              class="ll-button ll-danger"
              onClick={() => {
                setConfirming(false);
                onConfirm();
              }}
            >
              {yes}
            </FocusedButton>
            <button type="button" class="ll-button" onClick={() => setConfirming(false)}>
              {cancel}
            </button>
          </div>
        </div>
      )}
      {nothing && !confirming && <span class="ll-muted ll-small">{nothing}</span>}
    </div>
  );
}

/** A button that takes the focus when it appears (the confirmation's answer), and only then. */
function FocusedButton({
  class: className,
  onClick,
  children,
}: {
  class: string;
  onClick: () => void;
  children: string;
}) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <button type="button" class={className} ref={button} onClick={onClick}>
      {children}
    </button>
  );
}
