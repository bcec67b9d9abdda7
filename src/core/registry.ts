/** Stages by name. Unknown and duplicate names are refused at once, never warned about. */
import { ClaimkitError } from './errors.js';
import type { Stage } from './stage.js';

export class Registry {
  readonly #stages = new Map<string, Stage<unknown>>();

  register<O>(stage: Stage<O>): this {
    if (this.#stages.has(stage.name)) throw new ClaimkitError('E_DUPLICATE_STAGE', stage.name);
    this.#stages.set(stage.name, stage as Stage<unknown>);
    return this;
  }

  get(name: string): Stage<unknown> {
    const stage = this.#stages.get(name);
    if (!stage) throw new ClaimkitError('E_UNKNOWN_STAGE', `${name} (known: ${this.names().join(', ')})`);
    return stage;
  }

  has(name: string): boolean {
    return this.#stages.has(name);
  }

  names(): string[] {
    return [...this.#stages.keys()];
  }
}
