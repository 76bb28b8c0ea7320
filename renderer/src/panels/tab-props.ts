// The contract between the vocabulary dialog (TagManager) and its tabs.

/** What every tab of the vocabulary dialog gets from it: a runner that shows refusals, and a status line. */
export interface TabProps {
  run(fn: () => Promise<void>): Promise<void>;
  setInfo(text: string | null): void;
}
