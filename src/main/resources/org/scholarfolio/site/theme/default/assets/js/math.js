// Typesets the formulas the Markdown renderer marked with \( \) and \[ \].
document.addEventListener("DOMContentLoaded", function () {
  if (window.renderMathInElement) {
    window.renderMathInElement(document.body, {
      delimiters: [
        { left: "\\[", right: "\\]", display: true },
        { left: "\\(", right: "\\)", display: false }
      ],
      throwOnError: false
    });
  }
});
