/**
 * <kobai-loss-surface>: the element behind LossSurface3D.astro. The contour map and the 3-D
 * surface of the same L(w, b), with the same core run drawn on both; the surface turns by
 * dragging it or, once focused, with the arrow keys (Home returns to the first view). Every
 * setting, the view included, lives in the URL.
 */
import { KobaiWidget } from "../../../src/widgets";
import { listen } from "../../../src/widgets/dom";
import type { DescentResult } from "./descent-model";
import { drawLandscape } from "./descent-view";
import type { Activation } from "./fit-model";
import { rotateView, viewForKey, DRAG_DEGREES, type SurfaceView } from "./surface3d";
import { computeSurfaceRun, surfaceSchema, type SurfaceSettings } from "./surface3d-model";
import { drawSurface3d, viewText } from "./surface3d-view";
import { runControls } from "./run-controls";

export class LossSurfaceElement extends KobaiWidget<Record<string, unknown>, typeof surfaceSchema> {
  private settings!: SurfaceSettings;
  private result!: DescentResult;
  private viewLine!: HTMLElement;
  private contourSlot!: HTMLElement;

  protected setup(): void {
    this.url = this.bindState(surfaceSchema);
    const v = this.url.values;
    this.settings = {
      activation: v.activation as Activation,
      lr: v.lr,
      steps: v.steps,
      azimuth: v.azimuth,
      elevation: v.elevation,
    };
    this.contourSlot = this.querySelector<HTMLElement>("[data-contour-slot]") ?? this;
    this.viewLine = this.querySelector<HTMLElement>("[data-view]") ?? document.createElement("p");

    const { activation, lr, steps } = runControls(this.widgetId, this.settings, {
      activation: (a) => this.apply({ activation: a }),
      lr: (value) => this.apply({ lr: value }),
      steps: (n) => this.apply({ steps: n }),
    });
    this.controlsSlot.replaceChildren(activation.root, lr.root, steps.root);

    // Turning: arrow keys on the focusable frame, or a drag (mouse, pen or touch).
    const frame = this.querySelector<HTMLElement>("[data-turn]") ?? this.chartSlot;
    const onKey = (event: KeyboardEvent) => {
      const next = viewForKey(this.settings, event.key);
      if (!next) return;
      event.preventDefault();
      this.turn(next);
    };
    let drag: { x: number; y: number; view: SurfaceView } | undefined;
    const onDown = (event: PointerEvent) => {
      if (event.button !== 0) return;
      drag = { x: event.clientX, y: event.clientY, view: { ...this.settings } };
      frame.setPointerCapture?.(event.pointerId);
      event.preventDefault();
    };
    const onMove = (event: PointerEvent) => {
      if (!drag) return;
      const dx = event.clientX - drag.x,
        dy = event.clientY - drag.y;
      // Dragging right turns the surface to the right; dragging down tips it toward the viewer.
      this.turn(rotateView(drag.view, -dx * DRAG_DEGREES, dy * DRAG_DEGREES));
    };
    const onUp = () => {
      drag = undefined;
    };
    this.onCleanup(
      listen(frame, { keydown: onKey, pointerdown: onDown, pointermove: onMove, pointerup: onUp, pointercancel: onUp }),
    );

    this.result = computeSurfaceRun(this.settings);
  }

  private turn(view: SurfaceView): void {
    if (view.azimuth === this.settings.azimuth && view.elevation === this.settings.elevation) return;
    this.settings = { ...this.settings, azimuth: view.azimuth, elevation: view.elevation };
    this.url.update(this.settings);
    this.viewLine.textContent = viewText(this.settings);
    this.requestRender();
  }

  private apply(partial: Partial<SurfaceSettings>): void {
    this.settings = { ...this.settings, ...partial };
    this.url.update(this.settings);
    this.result = computeSurfaceRun(this.settings);
    this.requestRender();
  }

  protected render(): void {
    if (!this.result) return;
    this.showChart(drawSurface3d(this.result, this.settings, { width: this.chartWidth }));
    const contour = drawLandscape(this.result, this.result.run.points.length - 1, { width: this.chartWidth });
    this.contourSlot.replaceChildren(contour.element);
  }
}
