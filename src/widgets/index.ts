/** The widget kit: controls, URL state, player, status lines and the base element. */
export * from "./controls";
export * from "./url-state";
export * from "./bound-controls";
export * from "./player";
export * from "./status";
export { KobaiWidget, readWidgetConfig, defineWidget, reloadWidgets } from "./base-element";
