import { Link } from "react-router";
import type { Paragraph } from "../content/schema.ts";

/**
 * The quiet note under a translated block that lags its original. Its words come with the page's data
 * (page-data/notes.ts), so this is all the code it takes: a plain function like richBlock. `linked`: false where the
 * link would lead to the page itself (a translation revealed on its original's page).
 */
export const freshnessNote = ({ note }: Paragraph, linked = true) =>
  note && (
    <p className="freshness-note" lang={note.lang}>
      {note.text}
      {linked && note.link && (
        <>
          {" "}
          <Link to={note.link.to} hrefLang={note.link.lang}>
            {note.link.label}
          </Link>
        </>
      )}
    </p>
  );
