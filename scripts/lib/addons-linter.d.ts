/** The part of addons-linter's library API that scripts/check-packages.ts uses (the package has no types). */
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
  }
  export interface LinterResult {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  export interface LinterConfig {
    /** The add-on: a folder or a .zip/.xpi. */
    _: string[];
    logLevel?: string;
    output?: 'none' | 'text' | 'json';
    pretty?: boolean;
    boring?: boolean;
  }
  const addonsLinter: {
    createInstance(options: { config: LinterConfig; runAsBinary: boolean }): { run(): Promise<LinterResult> };
  };
  export default addonsLinter;
}
