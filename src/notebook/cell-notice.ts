/**
 * A cell's notice box: one message (a bold title, then a detail) and a button per choice.
 * The shared-link, other-tab and storage notices all look and read alike, so they are
 * built in one place.
 */

/** A button's label and what pressing it does. */
export type NoticeChoice = readonly [label: string, choose: () => void];

/** Replaces what `box` shows with the message and its buttons, and shows the box. */
export function showNotice(
  box: HTMLElement,
  message: { title?: string; detail?: string },
  choices: readonly NoticeChoice[],
): void {
  const text = document.createElement("span");
  text.className = "cell__notice-text";
  if (message.title) {
    const strong = document.createElement("strong");
    strong.textContent = message.title;
    text.append(strong);
  }
  if (message.detail) text.append(message.title ? ` ${message.detail}` : message.detail);
  box.replaceChildren(text, ...choices.map(([label, choose]) => choiceButton(label, choose)));
  box.hidden = false;
}

/** Empties and hides the box. */
export function hideNotice(box: HTMLElement): void {
  box.hidden = true;
  box.replaceChildren();
}

function choiceButton(label: string, choose: () => void): HTMLButtonElement {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.addEventListener("click", choose);
  return button;
}
