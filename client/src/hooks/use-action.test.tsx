import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/http.ts";
import { useLocaleStore } from "../stores/locale.ts";
import { deferred } from "../test-support.ts";
import { useAction } from "./use-action.ts";
import { useT } from "./use-intl.ts";

describe("useAction", () => {
  it("is pending while the call is under way, with the arguments it was started with", async () => {
    const answer = deferred<void>();
    const call = vi.fn((_id: string) => answer.promise);
    const { result } = renderHook(() => useAction(call, { failure: "It did not work." }));
    expect(result.current.pending).toBe(false);
    expect(result.current.running).toBeNull();

    let run: Promise<void> = Promise.resolve();
    act(() => {
      run = result.current.run("acme");
    });
    expect(result.current.pending).toBe(true);
    expect(result.current.running).toEqual(["acme"]);

    await act(async () => {
      answer.resolve();
      await run;
    });
    expect(call).toHaveBeenCalledExactlyOnceWith("acme");
    expect(result.current.pending).toBe(false);
    expect(result.current.failure).toBeNull();
  });

  it("ignores a second run while the first is under way", async () => {
    const answer = deferred<void>();
    const call = vi.fn(() => answer.promise);
    const { result } = renderHook(() => useAction(call, { failure: "It did not work." }));

    await act(async () => {
      void result.current.run();
      void result.current.run();
      answer.resolve();
    });

    expect(call).toHaveBeenCalledOnce();
  });

  it("says the page's own sentence, never the server's description; too many attempts and no answer alike everywhere", async () => {
    const call = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new ApiError(500, "server_error", "the store is down"))
      .mockRejectedValueOnce(new ApiError(429, "too_many_requests", "slow down", 30))
      .mockRejectedValueOnce(new TypeError("Failed to fetch"));
    const { result } = renderHook(() => useAction(call, { failure: "It did not work." }));

    await act(() => result.current.run());
    expect(result.current.failure).toBe("It did not work.");
    expect(result.current.pending).toBe(false);

    await act(() => result.current.run());
    expect(result.current.failure).toBe("Too many attempts. Wait a few minutes and try again.");

    await act(() => result.current.run());
    expect(result.current.failure).toBe(
      "Gatehouse could not be reached. Check your connection and try again.",
    );
  });

  it("words a failure in the language chosen after it", async () => {
    useLocaleStore.setState({ locale: "en", source: "default", chosenHere: false });
    const call = vi.fn<() => Promise<void>>().mockRejectedValue(new ApiError(500, "server_error"));
    const { result } = renderHook(() => {
      const t = useT();
      return useAction(call, { failure: t("common.failed") });
    });

    await act(() => result.current.run());
    expect(result.current.failure).toBe("That did not work. Try again.");
    act(() => useLocaleStore.setState({ locale: "de", source: "remembered", chosenHere: true }));
    expect(result.current.failure).toBe("Das hat nicht geklappt. Versuchen Sie es erneut.");
    act(() => useLocaleStore.setState({ locale: "en", source: "default", chosenHere: false }));
  });

  it("turns any failure into an ApiError for the describer and onFailure, with the call's arguments", async () => {
    const onFailure = vi.fn();
    const call = vi.fn(async (_name: string) => {
      throw new TypeError("Failed to fetch");
    });
    const { result } = renderHook(() =>
      useAction(call, { failure: (error, name) => `${name}: ${error.code}`, onFailure }),
    );

    await act(() => result.current.run("Acme"));

    expect(result.current.failure).toBe("Acme: temporarily_unavailable");
    expect(onFailure).toHaveBeenCalledOnce();
    expect(onFailure.mock.calls[0]?.[0]).toBeInstanceOf(ApiError);
    expect(onFailure.mock.calls[0]?.[1]).toBe("Acme");
  });

  it("shows no alert when the describer answers null", async () => {
    const call = vi.fn().mockRejectedValue(new ApiError(400, "invalid_request", "logo: too large"));
    const { result } = renderHook(() => useAction(call, { failure: () => null }));

    await act(() => result.current.run());

    expect(result.current.failure).toBeNull();
  });

  it("forgets the last failure when run again, and on reset", async () => {
    const answer = deferred<void>();
    const call = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new ApiError(500, "server_error"))
      .mockReturnValueOnce(answer.promise)
      .mockRejectedValueOnce(new ApiError(500, "server_error"));
    const { result } = renderHook(() => useAction(call, { failure: "It did not work." }));

    await act(() => result.current.run());
    expect(result.current.failure).toBe("It did not work.");
    act(() => void result.current.run());
    expect(result.current.failure).toBeNull();
    await act(async () => answer.resolve());
    await waitFor(() => expect(result.current.pending).toBe(false));

    await act(() => result.current.run());
    act(() => result.current.reset());
    expect(result.current.failure).toBeNull();
  });
});
