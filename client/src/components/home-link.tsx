import { Link } from "react-router-dom";
import { paths } from "../paths.ts";

/**
 * The way on from a page that ends something (error, not found): Gatehouse's own home, never an address the
 * request named, which nobody verified (docs/pages.md#error).
 */
export function HomeLink() {
  return (
    <p>
      <Link to={paths.home}>Go to the Gatehouse home page</Link>
    </p>
  );
}
