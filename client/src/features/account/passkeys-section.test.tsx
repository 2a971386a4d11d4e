import type { Passkey } from "@gatehouse/shared/schemas/passkeys";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { createPasskey } from "../../api/passkey-ceremonies.ts";
import { addPasskey, listPasskeys, removePasskey, renamePasskey } from "../../api/passkeys.ts";
import { PasskeysSection } from "./passkeys-section.tsx";

vi.mock("../../api/passkeys.ts");
vi.mock("../../api/passkey-ceremonies.ts");
vi.mock("@simplewebauthn/browser", () => ({ browserSupportsWebAuthn: () => true }));

const laptop: Passkey = {
  id: "pk-1",
  name: "Laptop",
  created_at: "2026-11-30T10:00:00.000Z",
  last_used_at: null,
};
const registration = {
  id: "cred",
  rawId: "cred",
  type: "public-key" as const,
  clientExtensionResults: {},
  response: { clientDataJSON: "e30", attestationObject: "oA" },
};

const section = () => screen.getByRole("region", { name: "Passkeys" });

describe("PasskeysSection", () => {
  beforeEach(() => {
    vi.mocked(listPasskeys).mockResolvedValue([laptop]);
  });

  it("lists each passkey with its name, when it was created and last used", async () => {
    render(<PasskeysSection />);
    const row = await within(section()).findByRole("listitem", { name: "Laptop" });
    expect(within(row).getByText("Created")).toBeInTheDocument();
    expect(within(row).getByText("Never")).toBeInTheDocument();
    expect(within(row).getByRole("button", { name: "Rename" })).toBeInTheDocument();
    expect(within(row).getByRole("button", { name: "Remove" })).toBeInTheDocument();
  });

  it("says so when there is none yet", async () => {
    vi.mocked(listPasskeys).mockResolvedValue([]);
    render(<PasskeysSection />);
    expect(await screen.findByText("You have no passkeys yet.")).toBeInTheDocument();
  });

  it('"Add a passkey" asks a name, runs the browser ceremony, and lists the new passkey', async () => {
    vi.mocked(createPasskey).mockResolvedValue(registration);
    vi.mocked(addPasskey).mockResolvedValue({ ...laptop, id: "pk-2", name: "Phone" });
    const user = userEvent.setup();
    render(<PasskeysSection />);
    await screen.findByRole("listitem", { name: "Laptop" });
    await user.click(screen.getByRole("button", { name: "Add a passkey" }));
    const dialog = screen.getByRole("dialog", { name: "Add a passkey" });
    await user.click(within(dialog).getByRole("button", { name: "Continue" }));
    expect(within(dialog).getByText("Enter a passkey name")).toBeInTheDocument();
    expect(createPasskey).not.toHaveBeenCalled();
    await user.type(within(dialog).getByLabelText("Passkey name"), "Phone");
    await user.click(within(dialog).getByRole("button", { name: "Continue" }));
    expect(await screen.findByRole("listitem", { name: "Phone" })).toBeInTheDocument();
    expect(addPasskey).toHaveBeenCalledWith("Phone", registration);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.getByText("The passkey “Phone” was added.")).toBeInTheDocument();
  });

  it("keeps the name dialog open with a failure when the ceremony is cancelled", async () => {
    vi.mocked(createPasskey).mockRejectedValue(new ApiError(400, "invalid_request", undefined, undefined));
    const user = userEvent.setup();
    render(<PasskeysSection />);
    await user.click(await screen.findByRole("button", { name: "Add a passkey" }));
    const dialog = screen.getByRole("dialog", { name: "Add a passkey" });
    await user.type(within(dialog).getByLabelText("Passkey name"), "Phone");
    await user.click(within(dialog).getByRole("button", { name: "Continue" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "The passkey could not be added. Try again.",
    );
    expect(addPasskey).not.toHaveBeenCalled();
  });

  it("renames a passkey", async () => {
    vi.mocked(renamePasskey).mockResolvedValue({ ...laptop, name: "Work laptop" });
    const user = userEvent.setup();
    render(<PasskeysSection />);
    const row = await screen.findByRole("listitem", { name: "Laptop" });
    await user.click(within(row).getByRole("button", { name: "Rename" }));
    const dialog = screen.getByRole("dialog", { name: "Rename passkey" });
    await user.clear(within(dialog).getByLabelText("Passkey name"));
    await user.type(within(dialog).getByLabelText("Passkey name"), "Work laptop");
    await user.click(within(dialog).getByRole("button", { name: "Save name" }));
    expect(await screen.findByRole("listitem", { name: "Work laptop" })).toBeInTheDocument();
    expect(renamePasskey).toHaveBeenCalledWith("pk-1", "Work laptop");
  });

  it('"Remove" asks for the password, says when it is wrong, and removes the passkey with the right one', async () => {
    vi.mocked(removePasskey)
      .mockRejectedValueOnce(new ApiError(401, "invalid_credentials", undefined, undefined))
      .mockResolvedValueOnce(undefined);
    const user = userEvent.setup();
    render(<PasskeysSection />);
    const row = await screen.findByRole("listitem", { name: "Laptop" });
    await user.click(within(row).getByRole("button", { name: "Remove" }));
    const dialog = screen.getByRole("dialog", { name: "Remove passkey" });
    await user.type(within(dialog).getByLabelText("Current password"), "wrong-one");
    await user.click(within(dialog).getByRole("button", { name: "Remove passkey" }));
    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Incorrect password");
    expect(within(dialog).getByLabelText("Current password")).toHaveValue("");
    await user.type(within(dialog).getByLabelText("Current password"), "right-one");
    await user.click(within(dialog).getByRole("button", { name: "Remove passkey" }));
    expect(await screen.findByText("You have no passkeys yet.")).toBeInTheDocument();
    expect(removePasskey).toHaveBeenLastCalledWith("pk-1", "right-one");
  });
});
