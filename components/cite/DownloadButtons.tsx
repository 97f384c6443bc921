import { DownloadStatus } from './DownloadStatus';
import { useDownload, type MadeFile } from './useDownload';

export interface DownloadChoice {
  label: string;
  /** Makes the file when the button is pressed (it may ask the background first). */
  make(): MadeFile | Promise<MadeFile>;
}

/** A row of download buttons and one live line saying what the last one did. */
export function DownloadButtons({ choices }: { choices: readonly DownloadChoice[] }) {
  const { state, download } = useDownload();
  return (
    <>
      <div class="ll-row ll-wrap">
        {choices.map((choice) => (
          <button
            key={choice.label}
            type="button"
            class="ll-button"
            disabled={state.kind === 'busy'}
            onClick={() => void download(choice.make)}
          >
            {choice.label}
          </button>
        ))}
      </div>
      <DownloadStatus state={state} />
    </>
  );
}
