import { render, screen } from "@testing-library/react";
import { useEffect, useRef } from "react";
import { describe, expect, it } from "vitest";
import { useFocusOnStep } from "./use-focus-on-step.ts";

function Steps({ step }: { step: string }) {
  const region = useFocusOnStep<HTMLDivElement>(step);
  return (
    <div ref={region}>
      <h1 tabIndex={-1}>{step}</h1>
    </div>
  );
}

/** A step that puts the keyboard in its own field as it appears, as sign-in does. */
function Fielded({ step }: { step: string }) {
  const region = useFocusOnStep<HTMLDivElement>(step);
  return (
    <div ref={region}>
      <h1 tabIndex={-1}>{step}</h1>
      {step === "sign-in" ? <FocusedField /> : null}
    </div>
  );
}

function FocusedField() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return <input ref={input} aria-label="Email" />;
}

describe("useFocusOnStep", () => {
  it("leaves the focus alone on the first step", () => {
    render(<Steps step="sign-in" />);
    expect(screen.getByRole("heading", { name: "sign-in" })).not.toHaveFocus();
  });

  it("moves the focus to the heading when the step changes, and only then", () => {
    const { rerender } = render(<Steps step="sign-in" />);
    rerender(<Steps step="consent" />);
    const heading = screen.getByRole("heading", { name: "consent" });
    expect(heading).toHaveFocus();

    heading.blur();
    rerender(<Steps step="consent" />);
    expect(heading).not.toHaveFocus();
  });

  it("leaves the focus in a field the new step focused as it appeared", () => {
    const { rerender } = render(<Fielded step="loading" />);
    rerender(<Fielded step="sign-in" />);
    expect(screen.getByRole("textbox", { name: "Email" })).toHaveFocus();
  });
});
