import { render, screen } from "@testing-library/react";
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
});
