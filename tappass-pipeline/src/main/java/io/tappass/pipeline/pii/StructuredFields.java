package io.tappass.pipeline.pii;

import java.util.ArrayList;
import java.util.List;

/**
 * Persons in structured records, decided from the structure around a capitalised value rather than the value's
 * words: a CSV/TSV cell under a header whose column names a person ({@code first_name,last_name,email},
 * {@code Name;Vorname;Nachname}), a JSON/YAML/log value whose key names one ({@code "full_name": "..."},
 * {@code customer_name=...}, {@code patient: ...}, {@code "contact": {"name": ...}}), and a chat speaker label at a
 * line start ({@code Sanjana: hi}) when the lines around it form a transcript (a chat role such as "Agent:" next to
 * it, or labels that repeat and alternate). Round 4 added XML elements ({@code <lastName>X</lastName>}), markdown table
 * cells, the vCard {@code FN:} line and the iCalendar {@code CN=} parameter, a bare name key beside a key naming a part
 * of a name in the same JSON object, {@code key: Name <mail>} lines and messenger exports with a date-time stamp.
 *
 * <p>Called by {@link PersonHeuristics} for a capitalised word that is not a non-name; a look costs a few character
 * tests unless a structural trigger is there (a quote, '=', "key: ", a cell separator or a line start before the
 * value and a separator, quote, colon or line end after it). Reads outside the usual margins are reported to
 * {@link PersonHeuristics.Sink#reads} so that a rebase rescans the value when the header or key changes. Stateless
 * but for a scan's table memo, a cache of facts of the text ({@link #tableHeader}): every look reads the text only, so
 * split and incremental scans give the one-pass result. The table header walk also serves numeric cells
 * ({@link #columnHeader}).
 */
final class StructuredFields {

    /** How far back a key, header or speaker line is looked for. */
    private static final int MAX_KEY = 40;
    /** Table rows and headers are lines shorter than this ({@link #tableHeader}). */
    private static final int MAX_LINE = 600;

    // a table memo ({@link #tableHeader}) holds one block of lines per separator (, ; TAB |), each in a slot of
    // these fields: the block's separator count + 1 (0: empty slot), its top line's start and end (before "\r\n"),
    // the '\n' ending the last line known to be in the block (top - 1: none yet), the lowest position a walk up to
    // the top reads, whether the top line is a header (0 unknown, 1 yes, 2 no: a digit or '@'), then the key kinds
    // + 1 of its first MEMO_KINDS columns (0 unknown; the person cue's, see csvCell)
    private static final int SLOT_SEPS = 0;
    private static final int SLOT_TOP = 1;
    private static final int SLOT_TOP_END = 2;
    private static final int SLOT_KNOWN_END = 3;
    private static final int SLOT_LOWEST = 4;
    private static final int SLOT_HEADER = 5;
    private static final int SLOT_KINDS = 6;
    private static final int MEMO_KINDS = 32;
    private static final int SLOT = SLOT_KINDS + MEMO_KINDS;
    /** The length of a table memo: one slot per separator ({@link PersonHeuristics.Sink#tableMemo}). */
    static final int MEMO_LENGTH = 4 * SLOT;

    private StructuredFields() {
    }

    /**
     * The structural cue for the capitalised run [i, end): {@link PersonHeuristics#CUE_FIELD} for a value of a
     * person field or column, {@link PersonHeuristics#CUE_SPEAKER} for a speaker label, or 0.
     */
    static int cue(String text, int i, int end, PersonHeuristics.Sink sink) {
        int n = text.length();
        char prev = i > 0 ? text.charAt(i - 1) : '\n';
        char after = end < n ? text.charAt(end) : '\n';
        if (prev == '=' && i >= 4 && text.charAt(i - 2) == 'N' && text.charAt(i - 3) == 'C'
                && (text.charAt(i - 4) == ';' || text.charAt(i - 4) == ' ')
                && (after == ':' || after == ';' || after == '\n' || after == '\r' || end >= n)) {
            sink.reads(i - 5, end + 1);
            return PersonHeuristics.CUE_FIELD; // "ATTENDEE;CN=Rosa Diaz;ROLE=...", "ORGANIZER;CN=...:mailto:..."
        }
        if (after == ':' || (after == ' ' && end + 1 < n && text.charAt(end + 1) == ':')) {
            return speaker(text, i, end, sink) ? PersonHeuristics.CUE_SPEAKER : 0;
        }
        if (prev == '"') {
            if (after != '"' || i < 2) {
                return 0;
            }
            int q = i - 2;
            while (q > 0 && q > i - 6 && text.charAt(q) == ' ') {
                q--;
            }
            char k = text.charAt(q);
            if (k == ':' || k == '=') {
                return cueOf(keyBefore(text, q, sink));
            }
            if (q == i - 2 && (isSep(k) || k == '\n')) {
                return cellCue(text, i - 1, end + 1, sink);
            }
            return 0;
        }
        if (prev == '\'' && after == '\'') {
            sink.reads(i - SQL_REACH - 2, end + 6); // what sqlColumn reads
            long col = sqlColumn(text, i, end); // INSERT INTO t (first_name, ...) VALUES ('...', ...), WHERE x = '...'
            if (col < 0) {
                return singleQuotedKeyCue(text, i, sink); // Assure(nom='...'), {'name': '...'}
            }
            int kind = keyKind(text, (int) (col >>> 32), (int) col);
            if (kind != KEY_BARE_NAME) {
                return cueOf(kind);
            }
            int sc = sqlNameColumn(text, (int) (col >>> 32), (int) col);
            return sc != 0 ? sc : singleQuotedKeyCue(text, i, sink); // a keyword argument: Assure(nom='...')
        }
        if (prev == '=') {
            if (!(after == ' ' || after == '\n' || after == '\r' || after == '&' || after == ',' || end >= n)) {
                return 0;
            }
            return cueOf(keyBefore(text, i - 1, sink));
        }
        if (prev == ' ' && i >= 2 && text.charAt(i - 2) == ':') {
            // "patient: Ifeoma Obiora" (YAML, a form): the value must end its line, or be followed by an address in
            // angle brackets ("Reviewed-by: Anneliese Krug <a.krug@posteo.de>", a git trailer or mail header), or
            // be a name of two words or more followed by its details ("Client : Geoffrey Lambotte, rue ...")
            if (after == ' ' && end + 1 < n && text.charAt(end + 1) == '<') {
                sink.reads(end, end + 65); // what mailAfter reads
            }
            if (!(after == '\n' || after == '\r' || end >= n || mailAfter(text, end)
                    || (detailsAfter(text, end) && PersonHeuristics.wordEnd(text, i) < end))
                    || !keyAtLineStart(text, i - 2, sink)) {
                return 0;
            }
            return cueOf(keyBefore(text, i - 2, sink));
        }
        if ((isSep(prev) || prev == '\n') && (isSep(after) || after == '\n' || after == '\r' || end >= n)) {
            return cellCue(text, i, end, sink);
        }
        if (prev == '>' && after == '<') {
            return cueOf(xmlTag(text, i - 1, sink)); // <lastName>Nwachukwu</lastName>, <nom>Le Bris</nom>
        }
        if (prev == ' ' && after == ' ' && i >= 2 && text.charAt(i - 2) == '|' && end + 1 < n
                && text.charAt(end + 1) == '|') {
            return cellCue(text, i - 1, end + 1, sink); // a markdown table cell: "| Priscila Moraes |"
        }
        if (prev == ':' && i >= 3) {
            return vcardName(text, i - 1, sink);
        }
        return 0;
    }

    /**
     * The key kind of the XML element whose start tag ends at the '>' at {@code gt} ("<lastName>", "<nom>",
     * "<Nachname>"): the tag name is read like a record key; a bare "name" tag inside a person element counts
     * too ("<contact><name>").
     */
    private static int xmlTag(String text, int gt, PersonHeuristics.Sink sink) {
        sink.reads(gt - MAX_KEY - 1, gt + 1);
        int ks = gt;
        while (ks > 0 && gt - ks < MAX_KEY && isKeyChar(text.charAt(ks - 1))) {
            ks--;
        }
        if (ks == gt || ks == 0 || text.charAt(ks - 1) != '<') {
            return KEY_NONE;
        }
        int kind = keyKind(text, ks, gt);
        if (kind != KEY_BARE_NAME) {
            return kind == KEY_PERSON || kind == KEY_THING ? kind : KEY_NONE;
        }
        // a bare <name>: the enclosing element's tag right before it
        int q = ks - 1;
        sink.reads(q - 16 - MAX_KEY - 1, gt + 1);
        int p = q;
        while (p > 0 && q - p < 16 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        if (p < 2 || text.charAt(p - 1) != '>') {
            return KEY_NONE;
        }
        int pe = p - 1;
        int ps = pe;
        while (ps > 0 && pe - ps < MAX_KEY && isKeyChar(text.charAt(ps - 1))) {
            ps--;
        }
        if (ps == pe || ps == 0 || text.charAt(ps - 1) != '<') {
            return KEY_NONE;
        }
        int parent = keyKind(text, ps, pe);
        return parent == KEY_PERSON || parent == KEY_THING ? parent : KEY_NONE;
    }

    /**
     * The cue of a vCard value after the ':' at {@code sep}: the formatted name at a line start ("FN:Wouter
     * Kloosterman", "FN;CHARSET=UTF-8:...") is a person field; else 0. Reads at most 24 characters back.
     */
    private static int vcardName(String text, int sep, PersonHeuristics.Sink sink) {
        sink.reads(sep - 25, sep + 1);
        int q = sep - 1;
        while (q > 1 && sep - q < 24 && text.charAt(q) != '\n' && !(text.charAt(q) == 'N'
                && text.charAt(q - 1) == 'F' && text.charAt(q - 2) == '\n')) {
            q--;
        }
        boolean fn = q >= 1 && text.charAt(q) == 'N' && text.charAt(q - 1) == 'F'
                && (q == 1 || text.charAt(q - 2) == '\n');
        return fn && (q + 1 == sep || text.charAt(q + 1) == ';') ? PersonHeuristics.CUE_FIELD : 0;
    }

    /**
     * The cue of the CSV cell [cs, ce) (with its quotes): its column's, or in a row without a header a person
     * field when a neighbouring cell holds a known given name alone ("Okonkwo,Ngozi,...", "Le Goff;Yannick;...").
     */
    private static int cellCue(String text, int cs, int ce, PersonHeuristics.Sink sink) {
        int kind = csvCell(text, cs, ce, sink);
        if (kind == KEY_NO_HEADER) {
            return givenNameBeside(text, cs, ce, sink) ? PersonHeuristics.CUE_FIELD : 0;
        }
        return cueOf(kind);
    }

    /** Whether the cell before or after the cell [cs, ce) is a single known given name (quotes trimmed). */
    private static boolean givenNameBeside(String text, int cs, int ce, PersonHeuristics.Sink sink) {
        int n = text.length();
        sink.reads(cs - MAX_CELL - 2, ce + MAX_CELL + 2);
        if (cs > 0 && isSep(text.charAt(cs - 1))) {
            int pe = cs - 1;
            int ps = pe;
            while (ps > 0 && pe - ps <= MAX_CELL && !isSep(text.charAt(ps - 1)) && text.charAt(ps - 1) != '\n') {
                ps--;
            }
            if (pe - ps <= MAX_CELL && givenCell(text, ps, pe)) {
                return true;
            }
        }
        if (ce < n && isSep(text.charAt(ce))) {
            int ns = ce + 1;
            int ne = ns;
            while (ne < n && ne - ns <= MAX_CELL && !isSep(text.charAt(ne)) && text.charAt(ne) != '\n'
                    && text.charAt(ne) != '\r') {
                ne++;
            }
            return ne - ns <= MAX_CELL && givenCell(text, ns, ne);
        }
        return false;
    }

    /** The longest neighbouring cell looked at by {@link #givenNameBeside}. */
    private static final int MAX_CELL = 30;

    private static boolean givenCell(String text, int s, int e) {
        while (s < e && (text.charAt(s) == '"' || text.charAt(s) == ' ')) {
            s++;
        }
        while (e > s && (text.charAt(e - 1) == '"' || text.charAt(e - 1) == ' ')) {
            e--;
        }
        return e - s >= 2 && PersonHeuristics.wordEnd(text, s) == e && PersonHeuristics.isTitleCase(text, s, e)
                && Lexicon.isFirstName(text, s, e) && !Lexicon.NOT_NAMES.contains(text, s, e);
    }

    /**
     * The cue of a single-quoted value after a key and '=' or ':' ({@code Assure(nom='Gilles Fabre', ...)}, {@code
     * User(name='...', email='...')}, {@code {'nombre': '...'}}: a keyword argument or a Python dict, as the
     * double-quoted value after a key is read; thirty-fifth session). A bare "name" counts as in JSON, only inside an
     * object whose key or sibling keys name a person ({@link #keyBefore}). Reads at most five characters back and
     * the key.
     */
    private static int singleQuotedKeyCue(String text, int i, PersonHeuristics.Sink sink) {
        if (i < 3) {
            return 0;
        }
        int q = i - 2;
        while (q > 0 && q > i - 6 && text.charAt(q) == ' ') {
            q--;
        }
        char k = text.charAt(q);
        return k == '=' || k == ':' ? cueOf(keyBefore(text, q, sink)) : 0;
    }

    private static int cueOf(int keyKind) {
        return keyKind == KEY_PERSON ? PersonHeuristics.CUE_FIELD
                : keyKind == KEY_THING ? PersonHeuristics.CUE_THING : 0;
    }

    private static boolean isSep(char c) {
        return c == ',' || c == ';' || c == '\t' || c == '|';
    }

    private static boolean isKeyChar(char c) {
        return Chars.letterOrDigit(c) || c == '_' || c == '-' || c == '.';
    }

    /** Whether " <" and an e-mail address in angle brackets follow {@code end} (at most 64 characters read). */
    static boolean mailAfter(String text, int end) {
        int n = text.length();
        if (end + 4 >= n || text.charAt(end) != ' ' || text.charAt(end + 1) != '<') {
            return false;
        }
        boolean at = false;
        for (int q = end + 2; q < n && q - end < 64; q++) {
            char c = text.charAt(q);
            if (c == '@') {
                at = true;
            } else if (c == '>') {
                return at;
            } else if (c == ' ' || c == '\n') {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the value ending at {@code end} is followed by its details: a comma and a space, or a spaced dash
     * ("Client : Geoffrey Lambotte, rue de la Station 41", "Cliente: Vicente Martí Bosch - NIF 59348001C"; twenty-
     * fifth session). Reads at most three characters.
     */
    static boolean detailsAfter(String text, int end) {
        int n = text.length();
        if (end + 2 >= n) {
            return false;
        }
        char a = text.charAt(end);
        char b = text.charAt(end + 1);
        return (a == ',' && b == ' ') || (a == ' ' && (b == '-' || b == '\u2013') && text.charAt(end + 2) == ' ');
    }

    /** Whether the key ending before the ':' at {@code colon} starts its line (after indentation or "- "). */
    private static boolean keyAtLineStart(String text, int colon, PersonHeuristics.Sink sink) {
        int q = colon - 1;
        if (q > 0 && text.charAt(q) == ' ' && isKeyChar(text.charAt(q - 1))) {
            q--; // French typography: "Client : ..."
        }
        int ke = q;
        while (q >= 0 && ke - q < MAX_KEY && isKeyChar(text.charAt(q))) {
            q--;
        }
        int k = q;
        while (q >= 0 && k - q < 16 && (text.charAt(q) == ' ' || text.charAt(q) == '-' || text.charAt(q) == '\t')) {
            q--;
        }
        sink.reads(q, colon + 1);
        return q < 0 || text.charAt(q) == '\n' || text.charAt(q) == '\r' || text.charAt(q) == '{'
                || text.charAt(q) == ',';
    }

    /** Last parts of keys and column names that hold a user name ("user", "login", "created_by"). */
    private static final java.util.Set<String> ACCOUNT_KEY_WORDS = java.util.Set.of("user", "username", "login",
        "owner", "author", "assignee", "reporter", "requester", "requestor", "handle", "nick", "nickname", "actor",
        "principal", "account", "uid", "benutzer", "benutzername", "nutzer", "gebruiker", "gebruikersnaam",
        "utilisateur", "identifiant", "usuario", "utente", "member", "employee", "agent", "operator", "sender",
        "recipient", "approver", "reviewer", "editor", "creator", "uploader", "submitter", "samaccountname",
        "screenname", "loginname", "userid", "accountname");

    /**
     * Whether the key or column name text[ks, ke) holds a user name: its last part is a user word ("user",
     * "src_user", "login", "owner"), or "by" after another ("created_by", "exportedBy"), or "name" or "id" after a
     * user word ("user_name", "screen_name", "login_id").
     */
    static boolean accountKey(String text, int ks, int ke) {
        if (ke - ks > MAX_KEY || ke <= ks) {
            return false;
        }
        List<String> parts = parts(text, ks, ke);
        if (parts.isEmpty() || parts.size() > 3) {
            return false;
        }
        String last = parts.get(parts.size() - 1);
        if (ACCOUNT_KEY_WORDS.contains(last) || ACCOUNT_KEY_WORDS.contains(String.join("", parts))) {
            return true;
        }
        if (parts.size() < 2) {
            return false;
        }
        String before = parts.get(parts.size() - 2);
        return last.equals("by") || ((last.equals("name") || last.equals("id")) && (ACCOUNT_KEY_WORDS.contains(before)
                || before.equals("screen")));
    }

    /**
     * Whether the lower-case user name [s, e) is the value of a user key ({@link #accountKey}): quoted after ':' or
     * '=' ({@code "user":"kenji.watanabe"}), after '=' ({@code user=lkowalski}), after "key: " ({@code owner: anna.k}),
     * or a cell of a CSV column whose header is one ({@code timestamp,src_ip,user}; round-12 tuning).
     */
    /**
     * Whether the user name [s, e) follows "sudo: " (a syslog tag, with the padding sudo writes) and " : " follows
     * it, as sudo's log lines have it ("sudo:   mnowak : TTY=pts/0 ; ...", "sudo: mnowak : 3 incorrect password
     * attempts ; ..."; thirty-second session). Reads eight characters before and three after.
     */
    static boolean sudoUser(String text, int s, int e) {
        int n = text.length();
        if (e + 3 > n || text.charAt(e) != ' ' || text.charAt(e + 1) != ':' || text.charAt(e + 2) != ' ') {
            return false;
        }
        int c = s - 2; // the colon after the tag
        return c >= 4 && text.startsWith("sudo", c - 4) && (c == 4 || !Chars.letterOrDigit(text.charAt(c - 5)));
    }

    static boolean accountValue(String text, int s, int e, PersonHeuristics.Sink sink) {
        int n = text.length();
        char prev = s > 0 ? text.charAt(s - 1) : '\n';
        char after = e < n ? text.charAt(e) : '\n';
        if (prev == '"' || prev == '\'') {
            if (after != prev || s < 2) {
                return false;
            }
            int q = s - 2;
            while (q > 0 && q > s - 6 && text.charAt(q) == ' ') {
                q--;
            }
            char k = text.charAt(q);
            if (k == ':' || k == '=') {
                return accountKeyBefore(text, q, sink);
            }
            if (q == s - 2 && (isSep(k) || k == '\n')) {
                return accountCell(text, s - 1, e + 1, sink);
            }
            return false;
        }
        if (prev == '=') {
            return (after == ' ' || after == '\n' || after == '\r' || after == '&' || after == ',' || after == ';'
                    || after == ')' || after == ']' || e >= n) && accountKeyBefore(text, s - 1, sink);
        }
        if (prev == ' ') {
            if (s >= 2 && text.charAt(s - 2) == ':' && sudoUser(text, s, e)) {
                sink.reads(s - 8, e + 8);
                return true; // "sudo: mnowak : TTY=pts/1 ; PWD=/home ; USER=root": the user sudo logs
            }
            return s >= 2 && text.charAt(s - 2) == ':' && (after == '\n' || after == '\r' || after == ',' || after == ' '
                    || e >= n) && accountKeyBefore(text, s - 2, sink);
        }
        if (isSep(prev) || prev == '\n' || s == 0) {
            return (isSep(after) || after == '\n' || after == '\r' || e >= n) && accountCell(text, s, e, sink);
        }
        return false;
    }

    /** Whether the key before the ':' or '=' at {@code sep} (quoted or not) is a user key. */
    private static boolean accountKeyBefore(String text, int sep, PersonHeuristics.Sink sink) {
        sink.reads(sep - 8 - 1 - MAX_KEY - 1, sep + 1);
        int ke = sep;
        while (ke > 0 && sep - ke < 8 && text.charAt(ke - 1) == ' ') {
            ke--;
        }
        if (ke > 0 && (text.charAt(ke - 1) == '"' || text.charAt(ke - 1) == '\'')) {
            ke--;
        }
        int ks = ke;
        while (ks > 0 && ke - ks < MAX_KEY && isKeyChar(text.charAt(ks - 1))) {
            ks--;
        }
        return ks < ke && ke - ks < MAX_KEY && accountKey(text, ks, ke);
    }

    /** Whether the CSV cell [cs, ce) (with its quotes) is in a column whose header is a user key. */
    private static boolean accountCell(String text, int cs, int ce, PersonHeuristics.Sink sink) {
        int n = text.length();
        char sep = ce < n && isSep(text.charAt(ce)) ? text.charAt(ce) : cs > 0 && isSep(text.charAt(cs - 1))
                ? text.charAt(cs - 1) : 0;
        if (sep == 0) {
            return false;
        }
        int[] t = new int[TABLE_OUT];
        long h = columnHeader(text, cs, ce, sep, sink.tableMemo(), t);
        sink.reads(t[OUT_READ_FROM], t[OUT_READ_TO]);
        return h >= 0 && accountKey(text, (int) (h >>> 32), (int) h);
    }

    /**
     * The end of the CSV cell starting at the capitalised word i right after a separator, when the cell's column
     * names a thing ("product", "description", "item": {@link Lexicon#THING_KEYS}): "Mr Muscle Kitchen Cleaner",
     * "Ben &amp; Jerry's Cookie Dough" under "product" are products whatever their words (round-12 tuning); else -1.
     * Reads the cell (at most {@value #MAX_LINE} characters) and the column's header.
     */
    static int thingCellEnd(String text, int i, PersonHeuristics.Sink sink) {
        int n = text.length();
        char sep = text.charAt(i - 1);
        int ce = i;
        while (ce < n && ce - i < MAX_LINE && text.charAt(ce) != sep && text.charAt(ce) != '\n'
                && text.charAt(ce) != '\r' && text.charAt(ce) != '"') {
            ce++;
        }
        if (ce == i || ce - i >= MAX_LINE || (ce < n && text.charAt(ce) == '"')) {
            return -1;
        }
        sink.reads(i - 1, ce + 1);
        return csvCell(text, i, ce, sink) == KEY_THING ? ce : -1;
    }

    /** Whether c separates the cells of a delimited row (, ; TAB |). */
    static boolean cellSep(char c) {
        return isSep(c);
    }

    /** Kinds of key: not a person, a person field, a bare "name" (a person's only beside person data). */
    private static final int KEY_NONE = 0;
    private static final int KEY_PERSON = 1;
    private static final int KEY_BARE_NAME = 2;
    /** A name of a thing ("product_name", "file_name"). */
    private static final int KEY_THING = 3;
    /** A CSV cell of a row without a header line above it. */
    private static final int KEY_NO_HEADER = 4;

    /**
     * Whether the key before the ':' or '=' at {@code sep} (quoted or not) names a person; a bare "name" counts
     * inside an object whose own key names a person ({@code "contact": {"name": ...}}, YAML
     * {@code contact:\n  name: ...}) and names a thing inside a thing's ({@code team:\n  name: ...}).
     */
    private static int keyBefore(String text, int sep, PersonHeuristics.Sink sink) {
        sink.reads(sep - 8 - 1 - MAX_KEY - 1, sep + 1); // what the key's look reads at most
        int ke = sep;
        while (ke > 0 && sep - ke < 8 && text.charAt(ke - 1) == ' ') {
            ke--;
        }
        if (ke > 0 && (text.charAt(ke - 1) == '"' || text.charAt(ke - 1) == '\'')) {
            ke--;
        }
        int ks = ke;
        while (ks > 0 && ke - ks < MAX_KEY && isKeyChar(text.charAt(ks - 1))) {
            ks--;
        }
        if (ks == ke || ke - ks >= MAX_KEY) {
            return KEY_NONE;
        }
        int kind = keyKind(text, ks, ke);
        if (kind != KEY_BARE_NAME) {
            return kind;
        }
        sink.reads(ks - 1 - 24 - 1 - 8 - 1 - MAX_KEY - 1, sep + 1); // what the enclosing key's look reads at most
        // a bare "name": the key of the enclosing object ("contact": {"name": ...})
        int q = ks - 1;
        if (q >= 0 && (text.charAt(q) == '"' || text.charAt(q) == '\'')) {
            q--;
        }
        while (q >= 0 && ks - q < 16 && Character.isWhitespace(text.charAt(q))) {
            q--;
        }
        if (q >= 1 && text.charAt(q) == ':' && text.indexOf('\n', q) < ks) {
            // YAML: the key ending the line above an indented "name:" ("contact:\n  name: ...")
        } else {
            if (q >= 1 && text.charAt(q) == '(' && text.charAt(sep) == '=') {
                return callOfPerson(text, q, ks, sep, sink) ? KEY_PERSON : KEY_NONE; // Assure(nom='...', ...)
            }
            if (q < 1 || text.charAt(q) != '{') {
                return siblingPersonKey(text, ks, sep, sink) || siblingNameLine(text, ks, sep, sink) ? KEY_PERSON
                        : KEY_NONE;
            }
            q--;
            while (q >= 0 && ks - q < 24 && Character.isWhitespace(text.charAt(q))) {
                q--;
            }
            if (q < 1 || (text.charAt(q) != ':' && text.charAt(q) != '=')) {
                // an object with no key before it ("[{", "({"): its sibling keys decide (round-12 tuning)
                return siblingPersonKey(text, ks, sep, sink) ? KEY_PERSON : KEY_NONE;
            }
            // "const patient = { nom: ... }": a variable assigned the object names it like a key (round-12 tuning)
        }
        int pe = q;
        while (pe > 0 && q - pe < 8 && text.charAt(pe - 1) == ' ') {
            pe--;
        }
        if (pe > 0 && text.charAt(pe - 1) == '"') {
            pe--;
        }
        int ps = pe;
        while (ps > 0 && pe - ps < MAX_KEY && isKeyChar(text.charAt(ps - 1))) {
            ps--;
        }
        int parent = ps < pe ? keyKind(text, ps, pe) : KEY_NONE;
        if (parent == KEY_NONE && text.charAt(q) != '\n' && siblingPersonKey(text, ks, sep, sink)) {
            return KEY_PERSON;
        }
        return parent == KEY_PERSON || parent == KEY_THING ? parent : KEY_NONE; // "team": {"name": ...} is a thing
    }

    /**
     * Whether the call whose '(' is at {@code open} holds a person, for its first keyword argument, a bare "name"
     * at [ks, sep): the called name is a person's key ({@code Assure(nom='...')}, {@code Patient(name="...")},
     * {@code Customer(...)}, {@code Persona(...)}), or another keyword argument within the parentheses names a person or a person's id
     * ({@code Person(name='...', nir='...')}, {@code new(nombre="...", apellido="...")}; thirty-fifth session).
     * {@code Window(name='Main Window')}, {@code Config(name='...')} are not. Reads at most {@link #MAX_OBJECT}
     * characters after the key and the called name.
     */
    private static boolean callOfPerson(String text, int open, int ks, int sep, PersonHeuristics.Sink sink) {
        sink.reads(open - MAX_KEY - 1, sep + MAX_OBJECT + 1);
        int ce = open;
        int cs = ce;
        while (cs > 0 && ce - cs < MAX_KEY && (Chars.letterOrDigit(text.charAt(cs - 1)) || text.charAt(cs - 1) == '_')) {
            cs--;
        }
        if (cs < ce && (keyKind(text, cs, ce) == KEY_PERSON || Lexicon.NUMBERED_PERSONS.contains(text, cs, ce))) {
            return true;
        }
        int n = text.length();
        int depth = 0;
        for (int p = sep + 1; p < n && p - sep < MAX_OBJECT; p++) {
            char ch = text.charAt(p);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                if (depth-- == 0) {
                    return false;
                }
            } else if (depth == 0 && Chars.letter(ch) && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == ',')) {
                int e = p;
                while (e < n && e - p <= MAX_KEY && isKeyChar(text.charAt(e))) {
                    e++;
                }
                int c = e;
                while (c < n && c - e < 3 && text.charAt(c) == ' ') {
                    c++;
                }
                if (c < n && text.charAt(c) == '=' && (namePartKey(text, p, e) || personIdKey(text, p, e))) {
                    return true;
                }
                p = e - 1;
            }
        }
        return false;
    }

    /** How far around a bare "name" key the keys of its object are looked at. */
    private static final int MAX_OBJECT = 160;

    /**
     * Whether the JSON object around the bare "name" key at [ks, sep) has another key naming a person
     * ({"nom": "Le Guen", "prenom": ...}, {"apellido": ..., "nombre": ...}): then the bare key is the person's
     * name too. Looks at most {@link #MAX_OBJECT} characters either way, within the braces.
     */
    private static boolean siblingPersonKey(String text, int ks, int sep, PersonHeuristics.Sink sink) {
        int n = text.length();
        int os = ks;
        while (os > 0 && ks - os < MAX_OBJECT && text.charAt(os - 1) != '{' && text.charAt(os - 1) != '}') {
            os--;
        }
        int oe = sep;
        while (oe < n && oe - sep < MAX_OBJECT && text.charAt(oe) != '}' && text.charAt(oe) != '{') {
            oe++;
        }
        sink.reads(os - 1, oe + 1);
        for (int p = os; p < oe; p++) {
            char ch = text.charAt(p);
            // a quoted key ("prenom":) or, in a script's object literal, a bare one after '{', ',' or a blank
            boolean quoted = ch == '"';
            int k = quoted ? p + 1 : p;
            if (k >= oe || !Chars.letter(text.charAt(k))
                    || (!quoted && (p == 0 || "{, \n\t".indexOf(text.charAt(p - 1)) < 0))) {
                continue;
            }
            int e = k;
            while (e < oe && e - k <= MAX_KEY && isKeyChar(text.charAt(e))) {
                e++;
            }
            int c = e;
            if (quoted) {
                if (c >= oe || text.charAt(c) != '"') {
                    p = e;
                    continue;
                }
                c++;
            }
            while (c < oe && c - e < 4 && text.charAt(c) == ' ') {
                c++;
            }
            if (c < oe && text.charAt(c) == ':' && k != ks && (namePartKey(text, k, e) || personIdKey(text, k, e))) {
                return true;
            }
            p = e;
        }
        return false;
    }

    /**
     * Keys of data that belong to a person only (national numbers, a date of birth): a bare "name" beside one is the
     * person's ({@code { nom: "...", nir: "..." }}; round-12 tuning).
     */
    private static final java.util.Set<String> PERSON_ID_KEYS = java.util.Set.of("nir", "insee", "ssn", "bsn",
        "sofinummer", "dni", "nie", "nif", "nhs", "nino", "cf", "codicefiscale", "steuerid", "idnr",
        "steueridentifikationsnummer", "rijksregisternummer", "niss", "dob", "dateofbirth", "birthdate",
        "geburtsdatum", "geboortedatum", "fechanacimiento", "datanascita", "datenaissance", "passport",
        "passportnumber", "patientid");

    /** Whether the key text[ks, ke) names a person's national number or birth date ({@link #PERSON_ID_KEYS}). */
    private static boolean personIdKey(String text, int ks, int ke) {
        List<String> parts = parts(text, ks, ke);
        return !parts.isEmpty() && parts.size() <= 4 && PERSON_ID_KEYS.contains(String.join("", parts));
    }

    /**
     * Whether the bare "name" key at [ks, sep), heading its line, has a line above or below it whose key names a
     * part of a person's name ("Name: Schulze-Brandt\nVorname: Hans-Jürgen", "Nom : Lefort\nPrénom : Inès",
     * "Name: Okafor\nFirst name: Ada"): a form's family-name field (twenty-fifth session). Reads the two lines'
     * keys, at most {@link #MAX_KEY} characters each (recorded).
     */
    private static boolean siblingNameLine(String text, int ks, int sep, PersonHeuristics.Sink sink) {
        if (ks > 0 && text.charAt(ks - 1) != '\n') {
            return false;
        }
        int n = text.length();
        int e = sep;
        while (e < n && e - sep < MAX_LINE && text.charAt(e) != '\n') {
            e++;
        }
        if (e + 1 < n && text.charAt(e) == '\n' && namePartLine(text, e + 1, sink)) {
            return true;
        }
        if (ks < 2) {
            return false;
        }
        int ps = ks - 1;
        while (ps > 0 && ks - ps < MAX_LINE && text.charAt(ps - 1) != '\n') {
            ps--;
        }
        sink.reads(ps - 1, ks);
        return text.charAt(ps) != '\n' && namePartLine(text, ps, sink);
    }

    /** Whether the line at s starts with a key naming a part of a person's name before ':' ("Vorname:", "First name:"). */
    private static boolean namePartLine(String text, int s, PersonHeuristics.Sink sink) {
        int n = text.length();
        int q = s;
        while (q < n && q - s < MAX_KEY && (isKeyChar(text.charAt(q))
                || (text.charAt(q) == ' ' && q + 1 < n && isKeyChar(text.charAt(q + 1))))) {
            q++;
        }
        sink.reads(s - 1, q + 2);
        int ke = q;
        if (q < n && text.charAt(q) == ' ') {
            q++;
        }
        return ke > s && q < n && text.charAt(q) == ':' && namePartKey(text, s, ke);
    }

    /** Splits a key into lower-case parts at non-letters and lower-to-upper changes ("firstName", "last_name"). */
    static List<String> parts(String text, int ks, int ke) {
        List<String> out = new ArrayList<>(4);
        StringBuilder cur = new StringBuilder();
        for (int p = ks; p < ke; p++) {
            char c = text.charAt(p);
            if (!Chars.letter(c)) {
                if (cur.length() > 0) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                continue;
            }
            if (Chars.upper(c) && p > ks && Chars.lower(text.charAt(p - 1)) && cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(Character.toLowerCase(c));
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /**
     * Whether the key text[ks, ke) names a part of a person's name ("prenom", "apellido", "firstName",
     * "last_name"), not a role ("owner" may hold a team).
     */
    private static boolean namePartKey(String text, int ks, int ke) {
        List<String> parts = parts(text, ks, ke);
        if (parts.isEmpty() || parts.size() > 3) {
            return false;
        }
        String joined = String.join("", parts);
        if (Lexicon.PERSON_LABELS.contains(joined) && !Lexicon.NAME_WORDS.contains(joined)) {
            return true;
        }
        return parts.size() == 2 && Lexicon.NAME_WORDS.contains(parts.get(1))
                && Lexicon.NAME_QUALIFIERS.contains(parts.get(0));
    }

    /** The kind of the key or column name text[ks, ke). */
    static int keyKind(String text, int ks, int ke) {
        // most keys are one part of ASCII letters ("name", "kind", "image", "user_id"): decided on the text in place,
        // as the general form below decides (the word sets fold case, so the range equals its lower-case string)
        int a = -1;
        int b = -1;
        boolean onePart = true;
        for (int p = ks; p < ke; p++) {
            char c = text.charAt(p);
            if (c >= 128) {
                onePart = false; // non-ASCII: the general form
                break;
            }
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                if (a < 0) {
                    a = p;
                } else if (b >= 0 || (c <= 'Z' && text.charAt(p - 1) >= 'a')) {
                    onePart = false; // a second part: after a non-letter, or at a lower-to-upper change
                    break;
                }
            } else if (a >= 0 && b < 0) {
                b = p;
            }
        }
        if (onePart) {
            if (a < 0) {
                return KEY_NONE; // no letters, no parts
            }
            if (b < 0) {
                b = ke;
            }
            boolean nameWord = Lexicon.NAME_WORDS.contains(text, a, b);
            if (Lexicon.PERSON_LABELS.contains(text, a, b) && !nameWord) {
                return KEY_PERSON;
            }
            if (nameWord) {
                return KEY_BARE_NAME;
            }
            if (Lexicon.PERSON_ROLES.contains(text, a, b) || Lexicon.PERSON_LABELS.contains(text, a, b)) {
                return KEY_PERSON;
            }
            return Lexicon.THING_KEYS.contains(text, a, b) ? KEY_THING : KEY_NONE;
        }
        return keyKindOfParts(parts(text, ks, ke));
    }

    /** The kind of a key split into its lower-case {@link #parts} (the general form of {@link #keyKind}). */
    static int keyKindOfParts(List<String> parts) {
        if (parts.isEmpty() || parts.size() > 4) {
            return KEY_NONE;
        }
        String joined = String.join("", parts);
        if (Lexicon.PERSON_LABELS.contains(joined) && !Lexicon.NAME_WORDS.contains(joined)) {
            return KEY_PERSON; // "firstName", "Vorname", "klantnaam", "prénom"
        }
        String last = parts.get(parts.size() - 1);
        if (Lexicon.NAME_WORDS.contains(last)) {
            if (parts.size() == 1) {
                return KEY_BARE_NAME;
            }
            String q = parts.get(parts.size() - 2);
            return Lexicon.NAME_QUALIFIERS.contains(q) || Lexicon.NAME_KEY_QUALIFIERS.contains(q)
                    || Lexicon.PERSON_ROLES.contains(q) ? KEY_PERSON : KEY_THING;
        }
        if (last.equals("by") && parts.size() > 1) {
            return KEY_PERSON; // "requested_by", "createdBy"
        }
        if (Lexicon.PERSON_ROLES.contains(last) || Lexicon.PERSON_LABELS.contains(last)) {
            return KEY_PERSON;
        }
        return Lexicon.THING_KEYS.contains(last) ? KEY_THING : KEY_NONE; // "description", "product", "company"
    }

    /**
     * The key kind of the column of the cell [cs, ce) (with its quotes), from its header ({@link #tableHeader}; the
     * scan's {@link PersonHeuristics.Sink#tableMemo} also keeps the kinds of the header's first columns):
     * {@link #KEY_NO_HEADER} for a row without a header, {@link #KEY_NONE} outside a table. The separator is the one
     * after the cell, else the one before it.
     */
    private static int csvCell(String text, int cs, int ce, PersonHeuristics.Sink sink) {
        int n = text.length();
        char sep = ce < n && isSep(text.charAt(ce)) ? text.charAt(ce) : cs > 0 && isSep(text.charAt(cs - 1))
                ? text.charAt(cs - 1) : 0;
        if (sep == 0) {
            return KEY_NONE;
        }
        int[] memo = sink.tableMemo();
        int[] t = new int[TABLE_OUT];
        int found = tableHeader(text, cs, ce, sep, memo, t);
        sink.reads(t[OUT_READ_FROM], t[OUT_READ_TO]);
        if (found != TABLE_HEADER) {
            return found == TABLE_NO_HEADER ? KEY_NO_HEADER : KEY_NONE;
        }
        int col = t[OUT_COLUMN];
        if (memo == null || col >= MEMO_KINDS) {
            return columnKind(text, t[OUT_HEADER_START], t[OUT_HEADER_END], sep, t[OUT_SEPS], col);
        }
        int k = t[OUT_SLOT] + SLOT_KINDS + col;
        if (memo[k] == 0) {
            memo[k] = columnKind(text, t[OUT_HEADER_START], t[OUT_HEADER_END], sep, t[OUT_SEPS], col) + 1;
        }
        return memo[k] - 1;
    }

    /**
     * The cue of a bare "name" column [cs, ce) of an SQL column list by its sibling columns: a product column
     * ({@link Lexicon#THING_COLUMNS}: "sku", "price") makes it a thing's name, a contact column ({@link
     * Lexicon#CONTACT_COLUMNS}: "email", "phone", "dob") a person's; else no cue. Reads the list (at most
     * {@link #SQL_REACH} characters on either side).
     */
    private static int sqlNameColumn(String text, int cs, int ce) {
        int n = text.length();
        int a = cs;
        while (a > 0 && cs - a < SQL_REACH && text.charAt(a - 1) != '(' && text.charAt(a - 1) != ')') {
            a--;
        }
        int b = ce;
        while (b < n && b - ce < SQL_REACH && text.charAt(b) != ')' && text.charAt(b) != '(') {
            b++;
        }
        int cue = 0;
        int p = a;
        while (p < b) {
            while (p < b && !Chars.letterOrDigit(text.charAt(p))) {
                p++;
            }
            int q = p;
            while (q < b && (Chars.letterOrDigit(text.charAt(q)) || text.charAt(q) == '_')) {
                q++;
            }
            if (q > p && p != cs) {
                if (Lexicon.THING_COLUMNS.contains(text, p, q)) {
                    return PersonHeuristics.CUE_THING;
                }
                if (Lexicon.CONTACT_COLUMNS.contains(text, p, q)) {
                    cue = PersonHeuristics.CUE_FIELD;
                }
            }
            p = q;
        }
        return cue;
    }

    /** How far back {@link #sqlColumn} walks over an SQL statement's values and column list. */
    static final int SQL_REACH = 600;

    /**
     * The column an SQL value [vs, ve) is written to (thirty-second session): the value is a whole item, quoted in
     * single quotes or bare between '(' or ',' and ',' or ')', of an {@code INSERT ... (c1, c2, ...) VALUES (v1, v2,
     * ...)} statement (also in a later tuple of several), and the column of the same position is returned; or the
     * value is quoted right after {@code column =} ({@code WHERE achternaam = '...'}, {@code SET phone='...'}).
     * Returns the column name's start &lt;&lt; 32 | end, or -1. Reads at most {@link #SQL_REACH} characters back and
     * 8 after the value (callers record it).
     */
    static long sqlColumn(String text, int vs, int ve) {
        int n = text.length();
        int a = vs;
        int b = ve;
        boolean quoted = vs > 0 && text.charAt(vs - 1) == '\'' && ve < n && text.charAt(ve) == '\'';
        if (quoted) {
            a = vs - 1;
            b = ve + 1;
        }
        int p = a - 1;
        while (p >= 0 && a - p < 4 && text.charAt(p) == ' ') {
            p--;
        }
        if (p < 0) {
            return -1;
        }
        char before = text.charAt(p);
        if (quoted && before == '=') {
            if (p < 1 || "=!<>:".indexOf(text.charAt(p - 1)) >= 0) {
                return -1;
            }
            int ke = p;
            while (ke > 0 && p - ke < 4 && text.charAt(ke - 1) == ' ') {
                ke--;
            }
            int ks = ke;
            while (ks > 0 && ke - ks < MAX_KEY && (Chars.letterOrDigit(text.charAt(ks - 1)) || text.charAt(ks - 1) == '_')) {
                ks--;
            }
            if (ks == ke || ke - ks >= MAX_KEY || (ks > 0 && !(text.charAt(ks - 1) == ' ' || text.charAt(ks - 1) == '('
                    || text.charAt(ks - 1) == '.' || text.charAt(ks - 1) == '`'))) {
                return -1;
            }
            return (long) ks << 32 | ke;
        }
        if (before != ',' && before != '(') {
            return -1;
        }
        int q = b;
        while (q < n && q - b < 4 && text.charAt(q) == ' ') {
            q++;
        }
        if (q >= n || (text.charAt(q) != ',' && text.charAt(q) != ')')) {
            return -1;
        }
        int lo = Math.max(0, vs - SQL_REACH);
        // the value's position in its tuple: commas outside quotes back to the tuple's '('
        int index = 0;
        int depth = 0;
        p = a - 1;
        while (true) {
            while (p >= lo && text.charAt(p) != ',' && text.charAt(p) != '(' && text.charAt(p) != '\''
                    && text.charAt(p) != ')') {
                p--;
            }
            if (p < lo || index > 64) {
                return -1;
            }
            char c = text.charAt(p);
            if (c == '\'') {
                p--; // a string: back to its opening quote
                while (p >= lo && text.charAt(p) != '\'') {
                    p--;
                }
                p--;
                continue;
            }
            if (c == ')') {
                depth++; // a call inside the tuple ("NOW()") or, at depth 0 before the '(', the previous tuple
            } else if (c == '(') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                index++;
            }
            p--;
        }
        // before the tuple: "VALUES", or earlier tuples ", (" back to it
        int t = p - 1;
        for (int k = 0; k < 64; k++) {
            while (t >= lo && Character.isWhitespace(text.charAt(t))) {
                t--;
            }
            if (t < lo) {
                return -1;
            }
            if (text.charAt(t) != ',') {
                break;
            }
            t--;
            while (t >= lo && Character.isWhitespace(text.charAt(t))) {
                t--;
            }
            if (t < lo || text.charAt(t) != ')') {
                return -1;
            }
            int d = 0; // the earlier tuple, back to its '('
            while (t >= lo) {
                char c = text.charAt(t);
                if (c == '\'') {
                    t--;
                    while (t >= lo && text.charAt(t) != '\'') {
                        t--;
                    }
                } else if (c == ')') {
                    d++;
                } else if (c == '(' && --d == 0) {
                    break;
                }
                t--;
            }
            t--;
        }
        if (t - 5 < lo || !text.regionMatches(true, t - 5, "values", 0, 6)) {
            return -1;
        }
        t -= 6;
        while (t >= lo && Character.isWhitespace(text.charAt(t))) {
            t--;
        }
        if (t < lo || text.charAt(t) != ')') {
            return -1;
        }
        int close = t;
        while (t >= lo && text.charAt(t) != '(' && text.charAt(t) != '\'' && text.charAt(t) != ')' || t == close) {
            t--;
        }
        if (t < lo || text.charAt(t) != '(') {
            return -1;
        }
        // the column at the value's index
        int cs = t + 1;
        for (int k = 0; k < index; k++) {
            int comma = text.indexOf(',', cs);
            if (comma < 0 || comma > close) {
                return -1;
            }
            cs = comma + 1;
        }
        int ce = text.indexOf(',', cs);
        if (ce < 0 || ce > close) {
            ce = close;
        }
        while (cs < ce && (Character.isWhitespace(text.charAt(cs)) || text.charAt(cs) == '`'
                || text.charAt(cs) == '"' || text.charAt(cs) == '[')) {
            cs++;
        }
        while (ce > cs && (Character.isWhitespace(text.charAt(ce - 1)) || text.charAt(ce - 1) == '`'
                || text.charAt(ce - 1) == '"' || text.charAt(ce - 1) == ']')) {
            ce--;
        }
        return ce > cs && ce - cs < MAX_KEY ? (long) cs << 32 | ce : -1;
    }

    /**
     * The separator of a value [start, end) that is a whole cell of a delimited row: the same separator
     * ({@code , ; TAB |}) or a line boundary on both sides, at least one of them a separator; else 0. The numeric
     * values' test ({@code PiiDetector}'s header context); a person cell is found by {@link #cue}.
     */
    static char cellSeparator(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : '\n';
        char after = end < text.length() ? text.charAt(end) : '\n';
        char sep = isSep(before) ? before : isSep(after) ? after : 0;
        if (sep == 0 || !(before == sep || before == '\n' || before == '\r' || start == 0)
                || !(after == sep || after == '\n' || after == '\r' || end == text.length())) {
            return 0;
        }
        return sep;
    }

    /**
     * The header cell (start << 32 | end, trimmed of spaces and quotes) of the column of the cell [cs, ce) bounded by
     * {@code sep}, or -1 when the cell has none ({@link #tableHeader}, whose out array {@code out} receives the range
     * read). For a numeric value, whose column's header ("bsn", "nhs_number") gives it context in every row.
     */
    static long columnHeader(String text, int cs, int ce, char sep, int[] memo, int[] out) {
        if (tableHeader(text, cs, ce, sep, memo, out) != TABLE_HEADER) {
            return -1;
        }
        return cell(text, out[OUT_HEADER_START], out[OUT_HEADER_END], sep, out[OUT_COLUMN]);
    }

    /** {@link #tableHeader}'s answers: not in a table; a table row without a header; a row under a header. */
    static final int TABLE_NONE = 0;
    static final int TABLE_NO_HEADER = 1;
    static final int TABLE_HEADER = 2;

    /**
     * Indexes of {@link #tableHeader}'s out array ({@link #TABLE_OUT} long): the header line's start and end, the
     * cell's column and its line's separator count, the range [from, to) read (always set), the memo slot used.
     */
    static final int OUT_HEADER_START = 0;
    static final int OUT_HEADER_END = 1;
    static final int OUT_COLUMN = 2;
    static final int OUT_SEPS = 3;
    static final int OUT_READ_FROM = 4;
    static final int OUT_READ_TO = 5;
    static final int OUT_SLOT = 6;
    static final int TABLE_OUT = 7;

    /**
     * The header of the table column holding the cell [cs, ce) bounded by {@code sep}, for person cells
     * ({@link #csvCell}) and numeric cells ({@link #columnHeader}) alike.
     *
     * <p>A table is a block of consecutive lines with the same number of {@code sep} outside double quotes (so a
     * quoted "Smith, John" is one cell), at least one; every line above the cell's own is non-empty and shorter than
     * {@value #MAX_LINE} characters (a longer line is prose, or a record too long to read, and ends the block). The
     * header is the block's top line when it lies above the cell's line and holds no digit (any script's) and no '@'
     * (such a top line is a data row, so the rows have no header); its distance from the cell is not bounded, so a
     * header names its column however long the table is. The cell's own line must start less than
     * {@value #MAX_LINE} characters before it and end less than {@value #MAX_LINE} after it, else the answer is
     * {@link #TABLE_NONE}, as for a cell whose separators are all quoted (no column to speak of); a cell on the
     * text's first line has no header.
     *
     * <p>{@code out} receives the header line, the column, the separator count and the range read (from the '\n'
     * before the line that ends the block, or the text start, to the end of the cell's line), which a rebase needs:
     * the answer depends on nothing outside it.
     *
     * <p>Cost: the cell's line, plus the walk up to the block's top, one line at a time. {@code memo}
     * ({@link #MEMO_LENGTH} ints per scan, or null) remembers per separator the last block walked and the lines known
     * to be in it, so a row of a known block (or the line right after its last known line) costs no walk, and a walk
     * stops at the first known line: a scan in text order reads each table line a bounded number of times, also when
     * the cells of a row alternate separators. The memo holds facts of the text only (a block's lines, top and range
     * read), so the answer and the range read are the same without it; without it a table of r rows costs O(r²).
     */
    static int tableHeader(String text, int cs, int ce, char sep, int[] memo, int[] out) {
        int ls = cs;
        while (ls > 0 && cs - ls < MAX_LINE && text.charAt(ls - 1) != '\n') {
            ls--;
        }
        out[OUT_READ_FROM] = ls - 1;
        out[OUT_READ_TO] = ce + 1;
        if (cs - ls >= MAX_LINE) {
            return TABLE_NONE; // a line too long for a record
        }
        if (ls == 0) {
            return TABLE_NO_HEADER; // no line above: a header itself, or a row without one
        }
        long before = countQuoted(text, ls, cs, sep, false);
        int col = (int) (before >>> 1);
        long rest = lineEndCount(text, cs, ce, sep, (before & 1) != 0); // one walk for the line's end and separators
        if (rest < 0) {
            out[OUT_READ_TO] = ce + MAX_LINE + 1;
            return TABLE_NONE;
        }
        int le = (int) rest;
        int seps = col + (int) (rest >>> 32);
        out[OUT_READ_TO] = le + 1;
        out[OUT_COLUMN] = col;
        out[OUT_SEPS] = seps;
        if (seps == 0) {
            return TABLE_NONE; // every separator quoted: not a cell of a row
        }
        int slot = (sep == ',' ? 0 : sep == ';' ? 1 : sep == '\t' ? 2 : 3) * SLOT;
        out[OUT_SLOT] = slot;
        boolean same = memo != null && memo[slot + SLOT_SEPS] == seps + 1;
        int top;
        int topEnd;
        int lowest;
        if (same && ls >= memo[slot + SLOT_TOP] && ls <= memo[slot + SLOT_KNOWN_END] + 1) {
            // a known line of the block, or the line right after the last known one (with the block's count)
            top = memo[slot + SLOT_TOP];
            topEnd = memo[slot + SLOT_TOP_END];
            lowest = memo[slot + SLOT_LOWEST];
        } else {
            top = ls;
            topEnd = le;
            lowest = ls - 1;
            boolean joined = false;
            int s = ls;
            while (s > 0) {
                int e = s - 1; // the '\n' ending the line above
                if (same && e >= memo[slot + SLOT_TOP] && e <= memo[slot + SLOT_KNOWN_END]) {
                    top = memo[slot + SLOT_TOP]; // a known line of the block: its top and reads are known
                    topEnd = memo[slot + SLOT_TOP_END];
                    lowest = memo[slot + SLOT_LOWEST];
                    joined = true;
                    break;
                }
                int ps = e;
                while (ps > 0 && e - ps < MAX_LINE && text.charAt(ps - 1) != '\n') {
                    ps--;
                }
                lowest = ps - 1;
                int te = e > ps && text.charAt(e - 1) == '\r' ? e - 1 : e;
                if (te == ps || e - ps >= MAX_LINE || count(text, ps, te, sep) != seps) {
                    break;
                }
                top = ps;
                topEnd = te;
                s = ps;
            }
            if (memo != null) {
                if (!joined) {
                    java.util.Arrays.fill(memo, slot, slot + SLOT, 0); // another block: its header is unknown
                    memo[slot + SLOT_SEPS] = seps + 1;
                    memo[slot + SLOT_TOP] = top;
                    memo[slot + SLOT_TOP_END] = topEnd;
                    memo[slot + SLOT_LOWEST] = lowest;
                }
                // the walk passed every line above the cell's one up to the block's top or a known line
                memo[slot + SLOT_KNOWN_END] = joined ? Math.max(memo[slot + SLOT_KNOWN_END], ls - 1) : ls - 1;
            }
        }
        if (memo != null) {
            // the cell's line is a known line when a walk from below would pass it: ended by a '\n', short enough
            int nl = le < text.length() && text.charAt(le) == '\n' ? le
                    : le + 1 < text.length() && text.charAt(le) == '\r' && text.charAt(le + 1) == '\n' ? le + 1 : -1;
            if (nl > 0 && nl - ls < MAX_LINE && le > ls && nl > memo[slot + SLOT_KNOWN_END]) {
                memo[slot + SLOT_KNOWN_END] = nl;
            }
        }
        out[OUT_READ_FROM] = lowest;
        if (top == ls) {
            return TABLE_NO_HEADER;
        }
        out[OUT_HEADER_START] = top;
        out[OUT_HEADER_END] = topEnd;
        int header = memo == null ? 0 : memo[slot + SLOT_HEADER];
        if (header == 0) {
            header = headerLine(text, top, topEnd) ? 1 : 2;
            if (memo != null) {
                memo[slot + SLOT_HEADER] = header;
            }
        }
        return header == 1 ? TABLE_HEADER : TABLE_NO_HEADER;
    }

    /** Whether the line [s, e) can be a header: no digit (of any script) and no '@', which data rows have. */
    private static boolean headerLine(String text, int s, int e) {
        for (int p = s; p < e; p++) {
            char c = text.charAt(p);
            if (c == '@' || (c >= '0' && c <= '9') || (c >= 128 && Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    /** The key kind of column {@code col} of the header line [hs, he) (a {@link #headerLine}). */
    private static int columnKind(String text, int hs, int he, char sep, int seps, int col) {
        int kind = cellKind(text, hs, he, sep, col);
        if (kind != KEY_BARE_NAME) {
            return kind;
        }
        // a bare "name" column is a person's name beside another person column or contact data, a thing's beside
        // product data ("sku,name,price")
        boolean thing = false;
        for (int c = 0; c <= seps; c++) {
            if (c != col && (cellKind(text, hs, he, sep, c) == KEY_PERSON
                    || cellIn(text, hs, he, sep, c, Lexicon.CONTACT_COLUMNS))) {
                return KEY_PERSON;
            }
            thing |= c != col && cellIn(text, hs, he, sep, c, Lexicon.THING_COLUMNS);
        }
        return thing ? KEY_THING : KEY_NONE;
    }

    /** The key kind of header cell {@code col} (quotes and spaces trimmed). */
    private static int cellKind(String text, int hs, int he, char sep, int col) {
        long r = cell(text, hs, he, sep, col);
        return r < 0 ? KEY_NONE : keyKind(text, (int) (r >>> 32), (int) r);
    }

    private static boolean cellIn(String text, int hs, int he, char sep, int col, WordSet words) {
        long r = cell(text, hs, he, sep, col);
        if (r < 0) {
            return false;
        }
        List<String> parts = parts(text, (int) (r >>> 32), (int) r);
        for (String p : parts) {
            if (words.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The bounds (start << 32 | end) of cell {@code col} of the line [s, e), trimmed, or -1. */
    private static long cell(String text, int s, int e, char sep, int col) {
        int c = 0;
        int cs = s;
        boolean quoted = false;
        for (int p = s; p <= e; p++) {
            char ch = p < e ? text.charAt(p) : sep;
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == sep && (!quoted || p == e)) {
                if (c == col) {
                    int a = cs;
                    int b = p;
                    while (a < b && (text.charAt(a) == ' ' || text.charAt(a) == '"')) {
                        a++;
                    }
                    while (b > a && (text.charAt(b - 1) == ' ' || text.charAt(b - 1) == '"')) {
                        b--;
                    }
                    return a < b ? ((long) a << 32) | b : -1;
                }
                c++;
                cs = p + 1;
            }
        }
        return -1;
    }

    /**
     * Separators in [s, e) outside double quotes, starting inside quotes when {@code quoted}: the count times two,
     * plus one when [s, e) ends inside quotes (so a count can go on from e).
     */
    private static long countQuoted(String text, int s, int e, char sep, boolean quoted) {
        long c = 0;
        for (int p = s; p < e; p++) {
            char ch = text.charAt(p);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == sep && !quoted) {
                c++;
            }
        }
        return c << 1 | (quoted ? 1 : 0);
    }

    /**
     * {@link #lineEnd lineEnd(text, ce)} and, in the same walk, the separators outside double quotes in [cs, that
     * end) starting in quote state {@code quoted}: {@code count << 32 | end}, or -1 when the line is too long.
     */
    private static long lineEndCount(String text, int cs, int ce, char sep, boolean quoted) {
        long cell = countQuoted(text, cs, ce, sep, quoted);
        long c = cell >>> 1;
        boolean q = (cell & 1) != 0;
        int n = text.length();
        int p = ce;
        char ch;
        while (p < n && p - ce < MAX_LINE && (ch = text.charAt(p)) != '\n') {
            if (ch == '"') {
                q = !q;
            } else if (ch == sep && !q) {
                c++;
            }
            p++;
        }
        if (p - ce >= MAX_LINE) {
            return -1;
        }
        // a '\r' before the '\n' is no separator and no quote: counting it changed nothing
        int le = p > ce && text.charAt(p - 1) == '\r' ? p - 1 : p;
        return c << 32 | le;
    }

    /** Separators in [s, e) outside double quotes. */
    private static int count(String text, int s, int e, char sep) {
        return (int) (countQuoted(text, s, e, sep, false) >>> 1);
    }

    /** The end of the line containing p (before "\r\n" or "\n", or the text end), or -1 when it is too long. */
    private static int lineEnd(String text, int p) {
        int n = text.length();
        int q = p;
        while (q < n && q - p < MAX_LINE && text.charAt(q) != '\n') {
            q++;
        }
        if (q - p >= MAX_LINE) {
            return -1;
        }
        return q > p && text.charAt(q - 1) == '\r' ? q - 1 : q;
    }

    // ----------------------------------------------------------------------------------------- speaker labels

    /**
     * Whether the run [i, end) before a colon is a chat speaker: it starts its line (after an optional
     * "[09:12] " time), is not a heading or role word, and a line next to it starts with a chat role label
     * ("Agent:", "Kundenservice:"), or the labels of the two lines before and after it repeat and alternate
     * ("Tuyet:", "Ravindra:", "Tuyet:").
     */
    private static boolean speaker(String text, int i, int end, PersonHeuristics.Sink sink) {
        sink.reads(i - 26, end + 2); // what the line-start and colon tests read
        int ls = labelLineStart(text, i);
        if (ls < 0 || labelWord(text, i, end)) {
            return false;
        }
        int n = text.length();
        // the labels (start << 32 | end, or -1) of two lines before, the line before, the line after, two after
        long l0 = -1;
        long l1 = -1;
        long l2 = -1;
        long l3 = -1;
        int s1 = -1; // the starts of the line before and the line after
        int s2 = -1;
        int lo = ls - 1;
        int s = ls;
        for (int k = 1; k >= 0 && s > 0; k--) {
            int e = s - 1;
            int ps = e;
            while (ps > 0 && e - ps < MAX_LINE && text.charAt(ps - 1) != '\n') {
                ps--;
            }
            lo = ps - 1;
            if (e - ps >= MAX_LINE) {
                break;
            }
            if (k == 1) {
                l1 = label(text, ps);
                s1 = ps;
            } else {
                l0 = label(text, ps);
            }
            s = ps;
        }
        int hi = Math.min(n, i + 128); // what lowerMessage reads of this line
        int e = end;
        for (int k = 2; k < 4; k++) {
            int from = e;
            while (e < n && e - from < MAX_LINE && text.charAt(e) != '\n') {
                e++;
            }
            hi = Math.max(hi, Math.min(n, e + 1));
            if (e >= n || text.charAt(e) != '\n') {
                break;
            }
            e++;
            if (k == 2) {
                l2 = label(text, e);
                s2 = e;
            } else {
                l3 = label(text, e);
            }
            hi = Math.max(hi, Math.min(n, e + 128)); // what label and lowerMessage read of that line
        }
        sink.reads(lo, hi + 1);
        // a role label next to it makes a transcript only when that line is a message, not a form's field
        // ("Customer: Eleanor Fairweather\nIssue: card charged twice"), and when this label's message is no value
        // ("Fecha: 30/05/2024" beside "Cliente: ...")
        if (((role(text, l1) && !fieldValue(text, l1, s1)) || (role(text, l2) && !fieldValue(text, l2, s2)))
                && !numericMessage(text, i)) {
            return true;
        }
        if (stampEnd(text, ls) > 0 && ((l1 >= 0 && stampEnd(text, s1) > 0 && !labelWord(text, (int) (l1 >>> 32), (int) l1))
                || (l2 >= 0 && stampEnd(text, s2) > 0 && !labelWord(text, (int) (l2 >>> 32), (int) l2)))) {
            return true; // a messenger export: "[08.05.24, 18:40:11] Svenja Albers: ..." on consecutive lines
        }
        long self = ((long) i << 32) | end;
        long[] around = {l0, l1, l2, l3};
        boolean casual = lowerMessage(text, i);
        boolean repeat = false;
        boolean other = false;
        boolean namedNext = false;
        for (int k = 0; k < 4; k++) {
            long a = around[k];
            if (a < 0) {
                continue;
            }
            int as = (int) (a >>> 32);
            int ae = (int) a;
            if (Lexicon.FIELD_LABELS.contains(text, as, ae) || Lexicon.CHAT_ROLES.contains(text, as, ae)) {
                return false; // headings or roles around: not a transcript of named speakers
            }
            if (!same(text, a, self)) {
                other = true;
                // a transcript of named speakers: the next or previous one-word label is a known given name
                // ("Ubul: What a wife.\nNicole: Remember me?")
                namedNext |= (k == 1 || k == 2) && oneWord(text, i, end) && oneWord(text, as, ae)
                        && PersonHeuristics.isTitleCase(text, as, ae) && Lexicon.isFirstName(text, as, ae);
                // two speakers writing casually: the next or previous line has another one-word label and both
                // messages start in lower case ("Sanjana: did Otieno send it?\nFaizan: not yet"; headings carry
                // capitalised values)
                if (casual && (k == 1 || k == 2) && Chars.upper(text.charAt(as)) && oneWord(text, as, ae)
                        && lowerMessage(text, as)) {
                    return true;
                }
            } else {
                repeat = true;
            }
            for (int j = 0; j < k && !repeat; j++) {
                repeat = around[j] >= 0 && same(text, around[j], a);
            }
        }
        return (repeat && other) || namedNext;
    }

    private static boolean oneWord(String text, int s, int e) {
        for (int p = s; p < e; p++) {
            if (text.charAt(p) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean role(String text, long label) {
        return label >= 0 && Lexicon.CHAT_ROLES.contains(text, (int) (label >>> 32), (int) label);
    }

    private static boolean same(String text, long a, long b) {
        int as = (int) (a >>> 32);
        int bs = (int) (b >>> 32);
        int len = (int) a - as;
        return len == (int) b - bs && text.regionMatches(as, text, bs, len);
    }

    /**
     * Whether the message after the label {@code label} of the line at s is a form field's value rather than a chat
     * message: a name of two to four capitalised words (none a non-name such as "Good", "Thank") ending its line
     * ("Customer: Eleanor Fairweather") or followed by its details ("Cliente: Vicente Martí Bosch - NIF ...",
     * "Client : Geoffrey Lambotte, rue ...", {@link #detailsAfter}), or a number or date ("Date: 12/03/2024").
     * Reads at most 128 characters of the line.
     */
    private static boolean fieldValue(String text, long label, int s) {
        int n = text.length();
        int q = (int) label;
        int limit = Math.min(n, s + 128);
        while (q < limit && (text.charAt(q) == ' ' || text.charAt(q) == ':')) {
            q++;
        }
        if (q >= limit) {
            return false;
        }
        if (PiiDetector.isDigit(text.charAt(q))) {
            return true;
        }
        int words = 0;
        while (q < limit && text.charAt(q) != '\n' && text.charAt(q) != '\r') {
            if (words >= 2 && words <= 4 && detailsAfter(text, q > 0 && text.charAt(q - 1) == ' ' ? q - 1 : q)) {
                return true;
            }
            int e = PersonHeuristics.wordEnd(text, q);
            if (e == q || !PersonHeuristics.isTitleCase(text, q, e) || Lexicon.NOT_NAMES.contains(text, q, e)) {
                return false; // "Agent: Good Morning", "Support: Thank You": a message
            }
            words++;
            q = e;
            if (q < limit && text.charAt(q) == ' ') {
                q++;
            }
        }
        return words >= 2 && words <= 4 && (q < limit || limit == n);
    }

    /**
     * Whether the message after the label of the line at s is a number or date ("Fecha: 30/05/2024", "Betrag:
     * 1.249,00 EUR"): a first token of six or more digits and separators. A chat message rarely starts so ("14-02 i
     * think" stays a message).
     */
    private static boolean numericMessage(String text, int s) {
        int n = text.length();
        int q = s;
        while (q < n && q - s < 64 && text.charAt(q) != ':' && text.charAt(q) != '\n') {
            q++;
        }
        if (q >= n || text.charAt(q) != ':') {
            return false;
        }
        q++;
        while (q < n && q - s < 72 && text.charAt(q) == ' ') {
            q++;
        }
        int t = q;
        while (q < n && q - t < 24 && (PiiDetector.isDigit(text.charAt(q)) || ".,/-:".indexOf(text.charAt(q)) >= 0)) {
            q++;
        }
        return q - t >= 6 && PiiDetector.isDigit(text.charAt(t));
    }

    /** Whether the message after the label of the line at s (after the colon and spaces) starts in lower case. */
    private static boolean lowerMessage(String text, int s) {
        int n = text.length();
        int q = s;
        if (q < n && text.charAt(q) == '[') {
            while (q < n && q - s < 24 && text.charAt(q) != ']' && text.charAt(q) != '\n') {
                q++; // past a "[09:12] " time and its colons
            }
        }
        while (q < n && q - s < 64 && text.charAt(q) != ':' && text.charAt(q) != '\n') {
            q++;
        }
        if (q >= n || text.charAt(q) != ':') {
            return false;
        }
        q++;
        int sp = q;
        while (q < n && q - sp < 8 && text.charAt(q) == ' ') {
            q++;
        }
        return q < n && Chars.lower(text.charAt(q));
    }

    /** Whether [i, end) is a heading or chat role word ("Summary", "Agent"), or a label compound ("Rechnungsdatum"). */
    private static boolean labelWord(String text, int i, int end) {
        int e = PersonHeuristics.wordEnd(text, i);
        return Lexicon.FIELD_LABELS.contains(text, i, e) || Lexicon.CHAT_ROLES.contains(text, i, e)
                || Lexicon.FIELD_LABELS.contains(text, i, end) || Lexicon.CHAT_ROLES.contains(text, i, end)
                || (e == end && labelCompound(text, i, e))
                // a person field's own label is no speaker's name ("Antragsteller:" above "Kind: ...", thirty-fifth
                // session)
                || (e == end && (Lexicon.PERSON_LABELS.contains(text, i, e) || Lexicon.PERSON_ROLES.contains(text, i, e)));
    }

    /** Endings of German and Dutch compounds that name a form field: a date, a number, an amount, an address. */
    private static final String[] LABEL_ENDINGS = {"datum", "nummer", "betrag", "bedrag", "summe", "adresse",
        "adres"};

    /** Whether the word [i, e) is a compound ending in a field noun ("Rechnungsdatum", "Kundennummer"). */
    private static boolean labelCompound(String text, int i, int e) {
        char last = (char) (text.charAt(e - 1) | 0x20); // ASCII letters in lower case
        if (last != 'm' && last != 'r' && last != 'g' && last != 'e' && last != 's') {
            return false; // every ending below ends in one of these
        }
        for (String end : LABEL_ENDINGS) {
            int s = e - end.length();
            if (s > i + 2 && text.regionMatches(true, s, end, 0, end.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a messenger export's time stamp at the line start s ("[08.05.24, 18:40:11] ",
     * "04/06/2024, 21:05 - "): a date, a comma and a time (log lines write "2024-06-02 10:00:01" without the
     * comma), in brackets or before " - "; the position after it, or -1. Reads at most 26 characters.
     */
    static int stampEnd(String text, int s) {
        int n = text.length();
        if (s < 0 || s >= n) {
            return -1;
        }
        boolean bracket = text.charAt(s) == '[';
        int q = bracket ? s + 1 : s;
        boolean colon = false;
        boolean digit = false;
        boolean comma = false;
        while (q < n && q - s < 24) {
            char c = text.charAt(q);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == ':') {
                colon = true;
            } else if (c == ',') {
                comma = true;
            } else if (bracket && c == ']') {
                return digit && colon && comma && q + 1 < n && text.charAt(q + 1) == ' ' ? q + 2 : -1;
            } else if (!bracket && c == ' ' && q + 2 < n && text.charAt(q + 1) == '-' && text.charAt(q + 2) == ' ') {
                return digit && colon && comma && q > s ? q + 3 : -1;
            } else if (c != '.' && c != '/' && c != '-' && c != ' ') {
                return -1;
            }
            q++;
        }
        return -1;
    }

    /** The start of the line of a label at i (i itself, or the line start before a "[09:12] " time), or -1. */
    private static int labelLineStart(String text, int i) {
        if (i == 0 || text.charAt(i - 1) == '\n') {
            return i;
        }
        if (i >= 4 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == '-' && text.charAt(i - 3) == ' ') {
            int q = i - 4; // "04/06/2024, 21:05 - Kofi Boateng:"
            while (q >= 0 && i - q < 26 && text.charAt(q) != '\n') {
                q--;
            }
            if (stampEnd(text, q + 1) == i) {
                return q + 1;
            }
        }
        if (i >= 3 && text.charAt(i - 1) == ' ' && text.charAt(i - 2) == ']') {
            int q = i - 3;
            while (q >= 0 && i - q < 24 && text.charAt(q) != '[' && text.charAt(q) != '\n') {
                q--;
            }
            if (q >= 0 && text.charAt(q) == '[' && (q == 0 || text.charAt(q - 1) == '\n')) {
                return q;
            }
        }
        return -1;
    }

    /** The speaker label of the line starting at s ("Agent" in "Agent: ...", after an optional time) as
     * start << 32 | end, or -1. */
    private static long label(String text, int s) {
        int n = text.length();
        int p = s;
        if (p < n && text.charAt(p) == '[') {
            int q = p;
            while (q < n && q - p < 24 && text.charAt(q) != ']' && text.charAt(q) != '\n') {
                q++;
            }
            if (q + 1 < n && text.charAt(q) == ']' && text.charAt(q + 1) == ' ') {
                p = q + 2;
            }
        } else if (p < n && text.charAt(p) >= '0' && text.charAt(p) <= '9') {
            int se = stampEnd(text, p); // "04/06/2024, 21:05 - Name: ..."
            if (se > 0) {
                p = se;
            }
        }
        int q = p;
        while (q < n && q - p < 30 && (Chars.letter(text.charAt(q)) || text.charAt(q) == ' '
                || text.charAt(q) == '-' || text.charAt(q) == '\'')) {
            q++;
        }
        int e = q;
        while (e > p && text.charAt(e - 1) == ' ') {
            e--;
        }
        if (e == p || q >= n || text.charAt(q) != ':' || q - e > 1) {
            return -1;
        }
        return ((long) p << 32) | e;
    }
}
