import { useEffect, useState } from "react";
import { useT } from "../../hooks/use-intl.ts";

/** Loaded when a QR code is first shown, so sign-in and consent do not carry the encoder. */
async function renderQrCode(value: string): Promise<string> {
  const qrcode = await import("qrcode");
  return qrcode.toString(value, { type: "svg", errorCorrectionLevel: "M", margin: 4 });
}

/**
 * The `otpauth://` URI as a QR code, drawn as SVG into an image (the CSP allows `data:` images); dark on
 * white in either colour scheme, with the quiet zone scanners need (ISO/IEC 18004 §6.3.8).
 */
export function QrCode({ value }: { value: string }) {
  const t = useT();
  const [source, setSource] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    setSource(null);
    renderQrCode(value).then(
      (svg) => {
        if (current) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
      // The key typed by hand still works; the page says so instead of showing a broken image.
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [value]);

  if (failed) return <p className="muted">{t("signIn.setup.qrFailed")}</p>;
  return source ? (
    <img className="qr-code" src={source} alt={t("signIn.setup.qrAlt")} width={192} height={192} />
  ) : (
    <div className="qr-code" aria-hidden="true" />
  );
}
