import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import * as Plot from "@observablehq/plot";
import { sanitizeChartMarkup } from "./sanitize";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

function clean(markup: string): string {
  const box = document.createElement("div");
  box.append(sanitizeChartMarkup(markup, document as unknown as Document));
  return box.innerHTML;
}

describe("sanitizeChartMarkup", () => {
  it("keeps a real Observable Plot chart intact", () => {
    const chart = Plot.plot({ title: "Loss", marks: [Plot.lineY([3, 1, 2]), Plot.dot([[0, 1]])], document: document as unknown as Document });
    const markup = chart.outerHTML;
    expect(clean(markup)).toBe(markup);
  });

  it("drops scripts, event handlers, foreign objects and outside links", () => {
    const out = clean(
      '<svg onload="alert(1)"><script>alert(2)</script><a href="https://evil.example"><text>x</text></a>' +
        '<foreignObject><img src=x onerror="alert(3)"></foreignObject><use href="#ok"></use><use href="javascript:alert(4)"></use>' +
        '<style>@import url(https://evil.example/x.css); .a { fill: url(#grad); background: url(https://evil.example/p.png) }</style></svg>',
    );
    expect(out).not.toMatch(/alert|evil|script|foreignObject|<img|<a /i);
    expect(out).toMatch(/<use href="#ok"/);
    expect(out).toContain("url(#grad)");
  });
});
