/**
 * What the type help shows: a name's signature, TSDoc and examples (hover, and beside a
 * completion), and a call's signature with the current parameter and, for an options
 * object, its options and their defaults. Doc text is escaped (src/reference/render.ts,
 * the helpers the reference page uses), never inserted as HTML of its own.
 */
import { t } from "../../i18n";
import { docParagraphs, inlineDoc } from "../../reference/render";
import type { Hover, SignatureHelp } from "./protocol";

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A name's signature line, its documentation and its examples. */
export function infoDom(info: Hover): HTMLElement {
  const box = element("div", "cm-types-info");
  box.append(element("pre", "cm-types-signature", info.signature));
  if (info.docs) {
    const docs = element("div", "cm-types-docs");
    docs.innerHTML = docParagraphs(info.docs).join("");
    box.append(docs);
  }
  for (const example of info.examples) {
    box.append(element("p", "cm-types-label", t("types.example")), element("pre", "cm-types-example", example));
  }
  return box;
}

/** The call's signature with the current parameter in bold, its docs, and the options list. */
export function signatureDom(help: SignatureHelp): HTMLElement {
  const box = element("div", "cm-types-info cm-types-signature-help");
  const signature = help.signatures[help.active] ?? help.signatures[0];
  const line = element("pre", "cm-types-signature");
  const current = Math.min(help.parameter, signature.parameters.length - 1);
  line.append(signature.prefix);
  signature.parameters.forEach((parameter, i) => {
    if (i > 0) line.append(signature.separator);
    line.append(i === current ? element("strong", "cm-types-current", parameter.label) : parameter.label);
  });
  line.append(signature.suffix);
  box.append(line);
  const parameterDocs = signature.parameters[current]?.docs;
  if (parameterDocs) {
    const docs = element("p", "cm-types-docs");
    docs.innerHTML = inlineDoc(parameterDocs);
    box.append(docs);
  }
  const options = help.options;
  if (options) {
    box.append(
      element(
        "p",
        "cm-types-label",
        options.name ? t("types.options", { name: options.name }) : t("types.optionsInline"),
      ),
    );
    if (options.docs) {
      const docs = element("p", "cm-types-docs");
      docs.innerHTML = inlineDoc(options.docs.replace(/\s+/g, " "));
      box.append(docs);
    }
    const list = element("ul", "cm-types-options");
    for (const property of options.properties) {
      const item = element("li", "");
      item.append(element("code", "", `${property.name}${property.optional ? "?" : ""}: ${property.type}`));
      if (property.docs) {
        const docs = element("span", "cm-types-option-docs");
        docs.innerHTML = ` ${inlineDoc(property.docs.replace(/\s+/g, " "))}`;
        item.append(docs);
      }
      list.append(item);
    }
    box.append(list);
  }
  return box;
}
