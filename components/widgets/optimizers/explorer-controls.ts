/**
 * The optimizer explorer's controls, rebuilt whenever the optimizer or its form changes (each
 * optimizer has its own hyperparameters): optimizer, landscape and form choices, one slider
 * per hyperparameter, steps, the comparisons, and the presets. Every control reports to the
 * element through `actions`; nothing here keeps state.
 */
import { t } from "../../../src/i18n";
import { button, checkbox, segmented, select, slider } from "../../../src/widgets";
import { h } from "../../../src/widgets/dom";
import {
  applyPreset,
  bookPreset,
  landscapeById,
  MAX_STEPS,
  startingHypers,
  switchForm,
  type ExplorerConfig,
  type ExplorerSettings,
} from "../shared/optimizers/explorer-model";
import { HYPER_SPECS, OPTIMIZERS, hyperLabel, type OptimizerName } from "../shared/optimizers/optimizer-specs";

/** The figure of the book each optimizer's "book's settings" reproduces. */
const BOOK_FIGURE: Partial<Record<OptimizerName, string>> = {
  SGD: "図6-3",
  Momentum: "図6-5",
  AdaGrad: "図6-6",
  Adam: "図6-7",
};

export interface ExplorerActions {
  /** New settings from a control; `rebuild` when the set of controls changes with them. */
  change(partial: Partial<ExplorerSettings>, rebuild?: boolean): void;
  loadPreset(preset: Parameters<typeof applyPreset>[1]): void;
}

/** The controls for `s`, in the order the panel shows them (presets first). */
export function explorerControls(
  s: ExplorerSettings,
  config: ExplorerConfig,
  id: (name: string) => string,
  actions: ExplorerActions,
): HTMLElement[] {
  const spec = OPTIMIZERS[s.optimizer];
  const parts: HTMLElement[] = [];
  if (config.optimizers.length > 1) {
    parts.push(
      select({
        id: id("optimizer"),
        label: t("opt.optimizer"),
        value: s.optimizer,
        options: config.optimizers.map((o) => ({ value: o, label: o })),
        onChange: (optimizer) => actions.change({ optimizer, ...startingHypers(optimizer, s.form) }, true),
      }).root,
    );
  }
  if (config.landscapes.length > 1) {
    parts.push(
      select({
        id: id("landscape"),
        label: t("opt.landscape"),
        value: s.landscape,
        options: config.landscapes.map((l) => ({
          value: l,
          label: t(`opt.landscape.${l}` as "opt.landscape.book"),
        })),
        onChange: (landscape) => {
          const [x0, y0] = landscapeById(landscape).start;
          actions.change({ landscape, x0, y0 });
        },
      }).root,
    );
  }
  if (spec.formsDiffer) {
    parts.push(
      segmented({
        id: id("form"),
        label: t("opt.form"),
        value: s.form,
        options: [
          { value: "pytorch", label: t("opt.form.pytorch") },
          { value: "book", label: t("opt.form.book") },
        ],
        onChange: (form) => actions.change(switchForm(s, form), true),
      }).root,
    );
  }
  for (const key of spec.hypers) {
    const hs = HYPER_SPECS[key];
    parts.push(
      slider({
        id: id(key),
        label: t(hyperLabel(s.optimizer, s.form, key)),
        min: hs.min,
        max: hs.max,
        step: hs.step,
        log: hs.log,
        value: s[key],
        onInput: (v) => actions.change({ [key]: v }),
      }).root,
    );
  }
  parts.push(
    slider({
      id: id("steps"),
      label: t("opt.steps"),
      min: 1,
      max: MAX_STEPS,
      step: 1,
      value: s.steps,
      format: (v) => String(Math.round(v)),
      onInput: (steps) => actions.change({ steps: Math.round(steps) }),
    }).root,
  );
  if (s.optimizer !== "SGD") {
    parts.push(
      checkbox({
        id: id("sgd"),
        label: t("opt.compareSgd"),
        checked: s.compareSgd,
        onChange: (compareSgd) => actions.change({ compareSgd }),
      }).root,
    );
  }
  if (spec.formsDiffer) {
    parts.push(
      checkbox({
        id: id("other"),
        label: t("opt.otherForm"),
        checked: s.otherForm,
        onChange: (otherForm) => actions.change({ otherForm }),
      }).root,
    );
  }
  return [presetGroup(s, config, id, actions), ...parts];
}

/** "The book's settings (図6-x)" and the chapter's own presets. */
function presetGroup(
  s: ExplorerSettings,
  config: ExplorerConfig,
  id: (name: string) => string,
  actions: ExplorerActions,
): HTMLElement {
  const book = bookPreset(s.optimizer);
  const figure = BOOK_FIGURE[s.optimizer];
  return h(
    document,
    "div",
    { class: "ox-presets", role: "group", "aria-label": t("opt.presets") },
    button({
      id: id("preset-book"),
      label: book.fromBook && figure ? t("opt.preset.book", { figure }) : t("opt.preset.ours"),
      onClick: () => actions.loadPreset(book),
    }),
    ...config.presets.map((p, i) =>
      button({ id: id(`preset-${i}`), label: p.label, onClick: () => actions.loadPreset(p) }),
    ),
  );
}
