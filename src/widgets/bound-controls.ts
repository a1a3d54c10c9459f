/**
 * Controls bound to a widget's URL state: each starts at its setting's value, takes its
 * range (or its options) from the schema, and stores every change in the URL before
 * calling back. One place wires a control to a setting, so an element states only what
 * is its own: the label, the step, how an option reads.
 *
 * @example
 * this.url = this.bindState(scheduleSchema);
 * const c = boundControls(this.url, this.widgetId, () => this.requestRender());
 * panel.append(c.slider("lr", { label: t("sched.lr"), step: 0.05 }).root);
 */
import { checkbox, numberInput, segmented, select, slider, type SliderOptions } from "./controls";
import type { FieldSpec, Schema, StateValues, UrlState } from "./url-state";

type KeyOfType<S extends Schema, T extends FieldSpec["type"]> = {
  [K in keyof S]: S[K] extends { type: T } ? K : never;
}[keyof S] &
  string;

interface BoundOptions {
  label: string;
  /** The element id; default `<widgetId>-<key>`. */
  id?: string;
}

/** The values an enum setting takes, as the schema spells them. */
type OptionOf<S extends Schema, K extends keyof S> = S[K] extends { options: readonly (infer O)[] } ? O : string;

interface ChoiceOptions<O> extends BoundOptions {
  /** How an option reads (already translated). */
  optionLabel: (value: O) => string;
  /** The options in the order shown; default the schema's. */
  options?: readonly O[];
}

type SliderBound = BoundOptions & Partial<Pick<SliderOptions, "min" | "max" | "log" | "format">> & { step: number };

export function boundControls<S extends Schema>(
  state: UrlState<S>,
  widgetId: string,
  onChange: (key: keyof S & string) => void,
  context: { document?: Document } = {},
) {
  const id = (suffix: string) => `${widgetId}-${suffix}`;
  const store =
    <K extends keyof S & string>(key: K) =>
    (value: StateValues<S>[K]) => {
      state.update({ [key]: value } as unknown as Partial<StateValues<S>>);
      onChange(key);
    };
  const number = (key: string) => state.schema[key] as Extract<FieldSpec, { type: "number" }>;
  const choices = <O>(key: string, options: ChoiceOptions<O>) =>
    (options.options ?? (state.schema[key] as unknown as { options: readonly O[] }).options).map((value) => ({
      value: value as string,
      label: options.optionLabel(value),
    }));
  const value = <K extends keyof S & string>(key: K) => state.values[key] as never;
  /** What every bound control gets: its id, its document, its setting's value and where a change goes. */
  const bound = <K extends keyof S & string, O extends BoundOptions>(key: K, options: O) => ({
    ...options,
    document: context.document,
    id: options.id ?? id(key),
    value: value(key),
    onChange: store(key) as never,
  });
  const choice = <K extends KeyOfType<S, "enum">>(key: K, options: ChoiceOptions<OptionOf<S, K>>) => ({
    ...bound(key, options),
    options: choices(key, options),
  });
  return {
    /** `<widgetId>-<suffix>`: the ids of the widget's other elements. */
    id,
    slider<K extends KeyOfType<S, "number">>(key: K, options: SliderBound) {
      const { min, max, integer } = number(key);
      const save = store(key) as (value: number) => void;
      return slider({
        min: min!,
        max: max!,
        format: integer ? (v) => String(Math.round(v)) : undefined,
        ...bound(key, options),
        // An integer setting never shows or stores the fraction a log scale can give.
        onInput: (v) => save(integer ? Math.round(v) : v),
      });
    },
    numberInput<K extends KeyOfType<S, "number">>(key: K, options: BoundOptions) {
      const { min, max, integer } = number(key);
      return numberInput({ min, max, integer, step: integer ? 1 : undefined, ...bound(key, options) });
    },
    segmented<K extends KeyOfType<S, "enum">>(key: K, options: ChoiceOptions<OptionOf<S, K>>) {
      return segmented(choice(key, options));
    },
    select<K extends KeyOfType<S, "enum">>(key: K, options: ChoiceOptions<OptionOf<S, K>>) {
      return select(choice(key, options));
    },
    checkbox<K extends KeyOfType<S, "boolean">>(key: K, options: BoundOptions) {
      const { value: checked, ...rest } = bound(key, options);
      return checkbox({ ...rest, checked });
    },
  };
}
