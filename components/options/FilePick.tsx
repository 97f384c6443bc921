/**
 * Folder picks: `webkitdirectory`, which Chromium and Firefox implement, is not in JSX's types. Preact sets it
 * as the element's boolean property, so it must be `true` (an empty string would switch it off).
 */
const FOLDER_PICK = { webkitdirectory: true } as Record<string, boolean>;

/** A labelled file input (keyboard and screen readers get the browser's own); cleared after each pick. */
export function FilePick({
  label,
  name,
  accept,
  multiple = false,
  folder = false,
  disabled,
  onFiles,
}: {
  label: string;
  name: string;
  accept?: string;
  multiple?: boolean;
  folder?: boolean;
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) {
  return (
    <label class="ll-file-pick">
      <span>{label}</span>
      <input
        type="file"
        name={name}
        accept={accept}
        multiple={multiple}
        {...(folder ? FOLDER_PICK : {})}
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = ''; // the same files can be picked again
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}
