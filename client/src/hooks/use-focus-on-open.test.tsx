import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { useFocusOnOpen } from "./use-focus-on-open.ts";

function Page({ title }: { title: string }) {
  const heading = useFocusOnOpen();
  const [count, setCount] = useState(0);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <button type="button" onClick={() => setCount(count + 1)}>
        Clicked {count}
      </button>
    </>
  );
}

describe("useFocusOnOpen", () => {
  it("moves the focus to the page's heading when the page opens", () => {
    render(<Page title="Connected apps" />);
    expect(screen.getByRole("heading", { name: "Connected apps" })).toHaveFocus();
  });

  it("leaves the focus alone when the page changes afterwards", async () => {
    render(<Page title="Audit log" />);
    const button = screen.getByRole("button", { name: "Clicked 0" });
    await userEvent.click(button);
    expect(screen.getByRole("button", { name: "Clicked 1" })).toHaveFocus();
  });
});
