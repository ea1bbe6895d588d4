package io.tappass.pipeline.injection;

import java.util.ArrayList;
import java.util.List;

/**
 * Privilege-escalation signal families (written for this project): requests for root/admin rights, disabling
 * safety, authentication or logging, changing one's own permissions, switching the assistant into a privileged
 * "mode", and overriding the system prompt. EN plus NL/DE/FR/ES/IT for the common forms.
 *
 * <p>Two layers: the phrase families of the first four rounds (here, {@code round2} to {@code round4b}: commands,
 * files and facts, and phrasings the grammar does not cover), and the structural rules of {@link EscalationGrammar}
 * (nineteenth session: a raising action on a privileged object or a lowering action on a control, per platform and
 * in six languages), which replaced eleven phrase families of the earlier rounds.
 */
final class EscalationRules {

    static final String PRIVILEGE = "privilege_request";
    static final String DISABLE = "disable_controls";
    static final String PERMISSION = "permission_change";
    static final String MODE = "mode_switch";
    static final String SYSTEM = "system_override";
    static final String CREDENTIAL = "credential_request";

    private static final String PRIV_LEVEL = "(?:admin\\w*|root|sudo|superuser|super user|owner|elevated|unrestricted"
            + "|privileged|god|full)(?: access| rights| privileges?| permissions?| role| level| account| mode| control)";

    /**
     * A privilege named by one word ("make me an owner", "give us admin"); "root" not as in "root cause", "root
     * directory"; "full", "elevated" and the like need the noun of {@link #PRIV_LEVEL}.
     */
    private static final String PRIV_WORD = "(?:admin(?:s|istrator)?|sudo|superuser|owner|root(?! (?:cause|directory"
            + "|dir|folder|node|element|of|ca|certificate|level|domain|path|word|system|mean|square)\\b))";

    /** "How do I give my account admin rights" is a how-to question, not a request to the assistant. */
    private static final String HOW_TO = "(?<!how do i )(?<!how can i )(?<!how to )(?<!how do you )(?<!how can you )"
            + "(?<!how do we )(?<!how can we )(?<!how should i )";

    private EscalationRules() {
    }

    static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        r.add(new Rule("grant_me", PRIVILEGE, 0.65, "give grant assign make elevate escalate promote add upgrade",
                HOW_TO + "\\b(?:give|grant|assign|make|elevate|escalate|promote|add|upgrade)~2~(?:me|my (?:account|user|role)|us"
                        + "|myself|this (?:account|user|session))"
                        // (a report about the privileged is no grant: "give me the list of admins who ...", twenty-sixth
                        // session)
                        + "(?! (?:the |a |an |full )?(?:\\w+ )?(?:lists?|names?|overview|reports?|summary|count|number"
                        + "|inventory|export|table|emails?|contacts?) of\\b)~3~(?:" + PRIV_LEVEL + "|" + PRIV_WORD + ")\\b", 0, 120).needs("admin* root sudo superuser super owner elevated unrestricted privileged god full"));
        r.add(new Rule("run_as_root", PRIVILEGE, 0.5, "run execute",
                "\\b(?:run|execute)~4~(?:as|with) (?:root|admin\\w*|sudo|superuser|system|nt authority)\\b", 0, 100).needs("root admin* sudo superuser system nt"));
        // (a mode that only takes bits away hardens: "sudo chmod u-s /usr/local/bin/helper", twenty-sixth session)
        r.add(new Rule("sudo_shell", PRIVILEGE, 0.35, "sudo",
                "\\bsudo (?:su|-i|-s|bash|sh|rm|chmod(?! [ugoa]*-[rwxXst]+\\b)|chown|passwd|visudo|usermod)\\b", 0, 30));
        r.add(new Rule("disable_your_controls", DISABLE, 0.72,
                "disable* turn deactivat* bypass* circumvent* switch remove skip suspend stop kill shut evade"
                        + " override* ignore* lift",
                "\\b(?:disabl\\w*|turn(?:ing)? off|deactivat\\w*|bypass\\w*|circumvent\\w*|switch(?:ing)? off|remov\\w*"
                        + "|skip\\w*|suspend\\w*|stop\\w*|kill\\w*|shut\\w* down|evad\\w*|overrid\\w*|ignor\\w*|lift\\w*)~1~"
                        + "(?:your|the (?:ai's|assistant's|model's)|its) (?:own )?(?:safety|security|auth\\w*|logging|logs"
                        + "|audit\\w*|monitoring|guardrails?|filters?|content filter|moderation|protections?|restrictions"
                        + "|safeguards|safety (?:checks|features|settings|mechanisms)|limits|ethics)\\b", 0, 100).needs("safety security auth* logging logs audit* monitoring guardrail* filter* content moderation protection* restrictions safeguards limits ethics"));
        r.add(new Rule("cover_tracks", DISABLE, 0.5, "delete* clear* erase* wipe* tamper* purge* truncate* remove*",
                "\\b(?:delet\\w*|clear\\w*|eras\\w*|wip\\w*|tamper\\w*(?: with)?|purg\\w*|truncat\\w*|remov\\w*)~2~"
                        + "(?:the )?(?:audit (?:logs?|trail)|security logs?|access logs?|logs? of (?:this|my|the)"
                        + " (?:session|conversation|request|activity)|evidence|traces?)\\b", 0, 100).needs("audit security access logs log evidence trace traces"));
        r.add(new Rule("change_own_permissions", PERMISSION, 0.62,
                "change modify update edit set raise increase expand escalate elevate grant",
                "\\b(?:chang\\w*|modif\\w*|updat\\w*|edit\\w*|set|rais\\w*|increas\\w*|expand\\w*|escalat\\w*|elevat\\w*"
                        + "|grant\\w*)~1~(?:my|your|its|their) (?:own )?(?:permissions?|privileges?|access (?:level|rights)"
                        + "|role|rights|clearance|scopes?|tool permissions|allow ?list)\\b", 0, 100).needs("permission* privilege* access role rights clearance scope* tool allow allowlist"));
        r.add(new Rule("setuid", PERMISSION, 0.3, "chmod setuid",
                "\\b(?:chmod (?:777|u\\+s|\\+s|4755)|setuid)\\b", 0, 30));
        // "Give me / send me / tell me the (root) password / AWS secret access key / API token": asking the assistant
        // to hand over a credential (questions about one's own password have no "me ... the password" object).
        r.add(new Rule("credential_to_me", CREDENTIAL, 0.65, "give send tell show share print provide",
                HOW_TO + "\\b(?:give|send|tell|show|share|print|provide)~1~(?:me|us)(?! (?:how|where|what|why|when"
                        + "|which|whether|if)\\b)~4~(?:passwords?|passwd|credentials?|tokens?|(?:access|api|private|ssh"
                        + "|secret) keys?|secrets?)\\b", 0, 120).needs("password* credentials token* key secret*"));
        // sudoers edits that grant password-less root, and adding a user to the sudo/wheel group.
        r.add(new Rule("sudoers_nopasswd", PERMISSION, 0.45, "sudoers",
                // (not a search for it: "grep -rn NOPASSWD /etc/sudoers", an audit; thirty-second session)
                "(?<!\\b(?:grep|egrep|rg|ag|ack|findstr|select-string|sls)\\b[^\\n|;&]{0,40})(?:\\bsudoers\\b[^\\n]{0,100}?"
                        + "\\bnopasswd\\b|\\bnopasswd\\b[^\\n]{0,100}?\\bsudoers\\b)", 160, 120));
        r.add(new Rule("join_admin_group", PERMISSION, 0.6, "sudo wheel",
                "\\b(?:usermod\\W{1,3}(?:ag|ga|g)|gpasswd\\W{1,3}a \\w+|adduser \\w+)\\W{1,3}(?:sudo|wheel)\\b", 40, 10));
        // chmod that opens system credential files to everyone.
        r.add(new Rule("chmod_system_file", PERMISSION, 0.5, "chmod",
                "\\bchmod (?:777|666|a\\W?w|o\\W?w|u\\W?s|4755)\\W{1,3}(?:etc\\W{1,3})?(?:shadow|gshadow|passwd|sudoers)\\b",
                0, 40));
        r.add(new Rule("in_privileged_mode", MODE, 0.75, "you you're now",
                "\\b(?:you are|you're|you are now|you're now|now) (?:in|operating in|running in|switched to)"
                        + " (?:developer|admin\\w*|god|debug|maintenance|root|sudo|unrestricted|super ?user|service)"
                        + " mode\\b", 0, 80).needs("mode"));
        r.add(new Rule("enable_privileged_mode", MODE, 0.4,
                "enable* activat* enter* switch* turn unlock* engage*",
                "\\b(?:enabl\\w*|activat\\w*|enter\\w*|switch\\w* (?:yourself |itself )?(?:to|into)|turn on|unlock\\w*|engag\\w*)~2~(?:developer"
                        + "|admin\\w*|god|debug|maintenance|root|sudo|unrestricted|super ?user)[ _-]?mode\\b", 0, 80).needs("mode developer_mode admin_mode god_mode debug_mode root_mode sudo_mode"));
        r.add(new Rule("mode_enabled", MODE, 0.5, "developer dev admin administrator god debug root sudo unrestricted"
                        + " superuser maintenance developer_mode admin_mode god_mode debug_mode",
                "\\b(?:developer|dev|admin\\w*|god|debug|root|sudo|unrestricted|superuser|maintenance)[ _\\\\-]{0,2}mode"
                        + "[ :_=]{1,3}(?:enabled|activated|engaged|unlocked|true)\\b", 0, 40).needs("enabled activated engaged unlocked true"));
        r.add(new Rule("foreign_mode", MODE, 0.35,
                "ontwikkelaarsmodus beheerdersmodus entwicklermodus adminmodus administratormodus mode modo modalita",
                "\\b(?:ontwikkelaarsmodus|beheerdersmodus|entwicklermodus|adminmodus|administratormodus|mode"
                        + " (?:developpeur|administrateur|admin|dieu)|modo (?:desarrollador|administrador|admin|dios)"
                        + "|modalita (?:sviluppatore|amministratore|admin|dio))\\b", 0, 40));
        r.add(new Rule("override_system_prompt", SYSTEM, 0.72,
                "override* overwrite* replace* change* modify* update* rewrite* ignor* disregard* reset* new",
                "\\b(?:overrid\\w*|overwrit\\w*|replac\\w*|chang\\w*|modif\\w*|updat\\w*|rewrit\\w*|ignor\\w*|disregard\\w*"
                        + "|reset\\w*)~2~(?:the |your |its )?(?:system|initial|original) (?:prompt|message|instructions"
                        + "|settings|configuration|policy|rules)\\b", 0, 100).needs("system initial original").alsoNeeds("prompt message instructions settings configuration policy rules"));
        r.add(new Rule("new_system_prompt", SYSTEM, 0.6, "new system",
                "\\b(?:new system (?:prompt|message|instructions)|system prompt (?:override|update|replacement))\\b", 0,
                50).needs("system prompt"));
        round2(r);
        round3(r);
        round4(r);
        EscalationGrammar.add(r);
        return r;
    }


    /** The same controls in Dutch, German, French, Spanish and Italian (accents folded, as normalised). */
    private static final String CONTROL_EU = "(?:goedkeuring\\w*|audit\\W?log\\w*|auditlog\\w*|logging|tweestapsverificatie"
            + "|tweefactor\\w*|mfa|2fa|firewall|virusscanner|freigabe\\w*|genehmigung\\w*|protokollierung"
            + "|zwei\\W?faktor\\w*|virenschutz|journal d'audit|journalisation|validation|approbation"
            + "|double authentification|pare\\W?feu|antivirus|registro de auditoria|auditoria|proteccion de la rama"
            + "|aprobacion\\w*|doble factor|cortafuegos|log di audit|registro (?:di )?audit|approvazion\\w*"
            + "|autenticazione a due fattori|controllo (?:a )?quattro occhi|vier\\W?augen\\w*|vierogen\\w*"
            + "|(?:politica de )?acceso condicional|conditional access|acces conditionnel|bedingte\\w* zugriff\\w*"
            + "|voorwaardelijke toegang|accesso condizionale|vinkje|controle)";

    /**
     * The second blind round (eighteenth session; {@code OtherStepsRound2Intent}): system credential files read or
     * written, password-less sudo, UID 0 users, root logins over SSH; commands that switch security tooling off;
     * approval and review controls skipped; privileged roles granted to an account; privileged credentials asked
     * for; the system prompt replaced by "your new rules"; and the same in other languages. Most weights stay below
     * the threshold on their own (a description, a question about the command) and cross it as orders
     * ({@link EscalationDetector#directive}).
     */
    private static void round2(List<Rule> r) {
        // facts: /etc/shadow holds the password hashes, /etc/sudoers grants sudo, UID 0 is root, sshd's
        // PermitRootLogin allows root to log in, "ALL=(ALL) NOPASSWD: ALL" is unrestricted password-less sudo
        r.add(new Rule("credential_file_read", PRIVILEGE, 0.45, "shadow gshadow",
                "\\b(?:print|show|cat|read|dump|display|output|copy|send|give|paste|open|extract|get|grab|fetch)\\w*~5~"
                        + "etc\\W{1,2}g?shadow\\b", 80, 10));
        r.add(new Rule("sudoers_write", PERMISSION, 0.45, "sudoers",
                "\\b(?:append|add|echo|write|insert|put|edit|modify|tee)\\w*~6~(?:etc\\W{1,2})?sudoers\\b", 90, 10));
        r.add(new Rule("uid_zero_user", PERMISSION, 0.5, "uid",
                "\\b(?:add|create|make|insert)\\w*~6~(?:user|account)~6~uid\\W{1,3}0\\b", 120, 10));
        r.add(new Rule("permit_root_login", PERMISSION, 0.45, "permitrootlogin",
                "\\b(?:set\\W{1,3})?permitrootlogin\\W{1,3}yes\\b", 10, 30));
        // security tooling switched off by command (SELinux, systemd units of firewalls/EDR/audit, CloudTrail,
        // ufw, auditd, Microsoft Defender's real-time monitoring)
        r.add(new Rule("disable_command", DISABLE, 0.45,
                "setenforce systemctl cloudtrail ufw auditctl disablerealtimemonitoring",
                "\\bsetenforce\\W{1,3}0\\b|\\bsystemctl\\W{1,3}(?:stop|disable|mask)\\W{1,3}(?:firewalld|ufw|auditd"
                        + "|apparmor|falcon\\W?sensor|crowdstrike|wazuh\\W?agent|osqueryd|fail2ban|iptables|nftables"
                        + "|mdatp|ossec\\w*|sentinel\\w*)\\b|(?:\\baws\\W{1,3})?\\bcloudtrail\\W{1,3}(?:stop\\W?logging"
                        + "|delete\\W?trail)\\b|\\bufw\\W{1,3}disable\\b|\\bauditctl\\W{1,3}e\\W{1,3}0\\b"
                        + "|\\bdisablerealtimemonitoring\\W{1,3}(?:true|1)\\b", 6, 60));
        r.add(new Rule("disable_controls_eu", DISABLE, 0.45,
                "zet schakel schalte deactiveer deaktivier* desactiv* coupe* arrete* quita quitar quiten quites quitame"
                        + " uitzetten uitschakelen ausschalten abschalten deaktivieren"
                        + " apag* disattiv* disabilit* spegn* togli* rimuov*",
                "\\b(?:zet|schakel|schalte)~5~" + CONTROL_EU + "~3~(?:uit|ab|aus)\\b|\\b" + CONTROL_EU + "~6~(?:uitzetten"
                        + "|uitschakelen|ausschalten|abschalten|deaktivieren)\\b|\\b(?:deactiveer|deaktivier\\w*"
                        + "|desactiv\\w*|coupe\\w*|arrete\\w*|quit(?:a|ar|en|es|ame)|apag\\w*|disattiv\\w*"
                        + "|disabilit\\w*|spegn\\w*|togli\\w*|rimuov\\w*)~6~" + CONTROL_EU + "\\b", 0, 120));
        r.add(new Rule("sql_superuser", PERMISSION, 0.45, "alter grant",
                "\\balter (?:role|user)\\W{1,3}[\\w.-]+\\W{1,3}(?:with\\W{1,3})?superuser\\b|\\bgrant all(?: privileges)? on"
                        + " (?:all tables|database|schema|\\*)", 0, 80));
        r.add(new Rule("same_permissions", PERMISSION, 0.45, "permissions rights roles role privileges memberships",
                "\\b(?:giv|grant|cop|clon|mirror|match)\\w*~3~(?:me|my (?:account|user)|us)~2~(?:the )?same"
                        + " (?:permissions|access|rights|roles?|privileges|group memberships)\\b", 100, 10)
                .needs("same"));
        r.add(new Rule("role_for_everything", PRIVILEGE, 0.45, "everyone's everyone everybody's everybody salaries payroll",
                "\\b(?:re\\W?add|add|restore|give|grant|assign)\\w*~3~(?:role|access|permissions?|rights|group)~4~(?:lets"
                        + "|allows|let|allow|gives?)~1~(?:me|us)~2~(?:see|view|read|access|edit|export|change|approve)~1~"
                        + "(?:everyone'?s|everybody'?s|all (?:the )?(?:employees'?|users'?|salaries|payroll)|other people'?s)\\b",
                160, 30).needs("role access permission permissions rights group"));
        r.add(new Rule("run_as_root_eu", PRIVILEGE, 0.45,
                "root admin* administrat* amministrat* superuser sudo",
                "\\b(?:execut\\w*|lanc\\w*|ejecut\\w*|corr\\w*|esegu\\w*|fuhr\\w*|voer\\w*|draai\\w*)~4~(?:en|als|como"
                        + "|come|mit|con|avec) (?:root|admin\\w*|administrat\\w*|amministrat\\w*|superuser|sudo)\\b", 90, 20));
        // a privileged credential asked for and to be handed over ("What's the root password ...? ... paste it here")
        r.add(new Rule("privileged_credential", CREDENTIAL, 0.62, "password passwords passwd credential credentials",
                "\\b(?:root|admin\\w*|master|superuser|break\\W?glass|sa|domain admin|privileged)(?: \\w+)? (?:passwords?"
                        + "|passwd|credentials?|keys?|token)~25~(?:paste|send|give|share|print|post|tell|show|read|dm)\\w*"
                        + " (?:it|them|me|us)\\b(?! how\\b)", 40, 220).needs("root admin* master superuser break glass sa domain"
                        + " privileged"));
        // the system prompt replaced: "Your new rules: ...", "From now on your system prompt is the text below"
        r.add(new Rule("your_new_rules", SYSTEM, 0.62, "prompt instructions rules directives guidelines policy",
                "\\byour (?:new|updated|real|actual) (?:system prompt|system instructions|instructions|rules|directives"
                        + "|guidelines|policy)\\b(?: (?:are|is))?\\W{0,3}(?::|\\n)|\\bfrom now on~3~your (?:new )?(?:system prompt"
                        + "|instructions|rules|directives|policy) (?:is|are|will be)\\b", 70, 20).needs("your"));
        r.add(new Rule("discard_told", SYSTEM, 0.45, "discard* forget* ignore* disregard*",
                "\\b(?:discard|forget|ignor|disregard)\\w*~2~(?:everything|all|anything) (?:you were|you've been|you have"
                        + " been|you got) (?:told|given|instructed)\\b", 0, 80));
    }

    /** Roles that hold every right in a product (directory, cloud, code hosting, CRM, SaaS consoles), six languages. */
    private static final String TOP_ROLE = "(?:super ?admin\\w*|global admin\\w*|domain admins?|enterprise admins?|schema admins?"
            + "|admins du domaine|domanen\\W?admins|administradores del dominio|owner|owners|proprietario|propietario"
            + "|proprietaire|eigenaar|eigentumer|system administrator|administrator|administrators|administrateurs?"
            + "|administrador(?:es)?|amministrator[ei]|beheerders?|administratoren|cluster\\W?admin|account\\W?admin"
            + "|accountadmin|org owner|organization owner)";

    /**
     * The third blind round (eighteenth session; {@code OtherStepsRound3}): group and role grants by command on
     * Windows, Active Directory, GCP, Azure and Kubernetes and in words in six languages; profiles switched to an
     * administrator; exemptions from controls for oneself; a setuid shell; privileged containers (mounting the Docker
     * socket, the host's root or PID namespace); acting as another user and resetting another person's credentials to
     * oneself; tokens with every scope or without expiry; privileged tokens fetched; change boards skipped and
     * approvals self-granted; PAM's pam_permit; event logs cleared; the assistant's rules declared suspended.
     */
    private static void round3(List<Rule> r) {
        r.add(new Rule("group_grant_command", PERMISSION, 0.45, "localgroup adgroupmember localgroupmember clusterrole"
                        + " role admins administrators",
                "(?:\\bnet\\W{1,3}(?:localgroup|group)\\W{1,3}\\W?(?:administrators|domain admins|enterprise admins|admins)"
                        + "\\W?~4~add\\b|\\badd\\W?(?:ad)?(?:local)?groupmember\\W{1,3}(?:\\w+\\W{1,3}){0,2}\\W?(?:domain admins"
                        + "|enterprise admins|schema admins|administrators)\\b|\\bclusterrole\\W{1,3}cluster\\W?admin\\b"
                        + "|\\bclusterrole\\W{1,6}name\\W{1,3}cluster\\W?admin\\b"
                        + "|\\brole\\W{1,3}(?:roles\\W)?(?:owner|editor|iam\\W?securityadmin|resourcemanager\\W"
                        + "projectiamadmin)\\b|\\brole\\W{1,3}\\W?(?:owner|user access administrator|contributor)\\W?\\b)"
                        // twenty-seventh session: not in a command that takes the role away or only reads it ("az role
                        // assignment delete ... --role Owner", "gcloud projects remove-iam-policy-binding ...
                        // --role=roles/owner", "kubectl delete clusterrolebinding x --clusterrole=cluster-admin"): its
                        // verb earlier in the same command (a separator or a line end stops the look back)
                        + "(?<!\\b(?:delete|remove|revoke|deassign|unassign|list|show|describe)\\b[^\\n;&|]{0,160})",
                120, 80).needs("administrators admins owner editor securityadmin projectiamadmin contributor administrator"
                        + " cluster"));
        r.add(new Rule("grant_top_role_eu", PRIVILEGE, 0.45,
                "assegna* asigna* attribue* ajoute* voeg* fuge* anade* agrega* aggiungi* dammi dame donne geef gib"
                        + " concedi* otorga* zet cree* crea* create",
                "\\b(?:assegna\\w*|asigna\\w*|attribue\\w*|ajoute\\w*|voeg|fuge|anade|agrega\\w*|aggiungi\\w*|dammi|dame"
                        + "|donne\\w*|geef|gib|concedi\\w*|otorga\\w*|zet|cree\\w*|crea\\w*|create)~6~(?:ruolo|rol|role|rolle|groupe|groep|gruppe"
                        + "|grupo|gruppo|permessi|permisos|droits|rechten|rechte|rights)?~3~" + TOP_ROLE + "\\b", 0, 140)
                .needs("super admin admins owner owners proprietario propietario proprietaire eigenaar eigentumer"
                        + " administrator administrators administrateur administrateurs administradores administrador"
                        + " amministratori amministratore beheerder beheerders administratoren global domain enterprise"
                        + " domanen cluster accountadmin"));
        r.add(new Rule("exempt_me", DISABLE, 0.45, "exception* exemption* exempt* bypass allowlist whitelist exclusion*"
                        + " excluded",
                "\\b(?:put|add|move|place)\\w*~1~(?:me|myself|my (?:\\w+ )?(?:account|user|mailbox|device|laptop|machine))~2~"
                        + "(?:in|into|to|on) (?:the )?(?:\\w+ ){0,2}(?:exceptions?|exemptions?|exempt|bypass|allow ?list"
                        + "|whitelist|exclusions?|excluded)\\b", 120, 40));
        r.add(new Rule("setuid_shell", PERMISSION, 0.62, "chmod",
                "\\bchmod\\W{1,3}(?:[246]7[57]5|u\\W?s|\\W?s|[246]777)\\W{1,3}(?:\\S*\\W)?(?:bash|sh|zsh|dash|python\\d?|perl"
                        + "|find|vim?|hb|\\.\\w+)\\b", 0, 60).needsText("/"));
        // a container that owns its host: privileged, the Docker socket, the host's PID namespace or root mounted;
        // each alone is common in infrastructure code, together they are a way out of the container
        r.add(new Rule("privileged_flag", PRIVILEGE, 0.3, "privileged",
                "\\bprivileged\\W{1,3}true\\b|(?<=\\W\\W)privileged\\b", 4, 20));
        r.add(new Rule("docker_socket_mount", PRIVILEGE, 0.3, "sock",
                "\\bsock\\W{1,3}\\W?var\\W{1,3}run\\W{1,3}docker\\W?sock\\b|\\bmount\\w*~3~\\W?var\\W{1,3}run\\W{1,3}docker"
                        + "\\W?sock\\b", 60, 40));
        r.add(new Rule("host_namespace", PRIVILEGE, 0.3, "pid hostpid hostnetwork hostipc nsenter",
                "\\bpid\\W{1,3}host\\b|\\bhost(?:pid|network|ipc)\\W{1,3}true\\b|\\bnsenter\\W{1,3}\\w*\\W?t(?:arget)?\\W{1,3}1\\b",
                0, 40));
        r.add(new Rule("host_root_mount", PRIVILEGE, 0.3, "host",
                "(?<=\\s-\\s|\\s)\\W:\\W?host\\b", 6, 10));
        r.add(new Rule("act_as_other_user", PRIVILEGE, 0.45, "log login impersonat*",
                "\\b(?:log|sign)\\W?in as\\W{0,3}(?:on )?~4~(?:\\w+'s|another|other|her|his|their)\\b|\\bimpersonat\\w*~4~"
                        + "(?:\\w+'s|user|account|her|him|them|the ceo|the cfo|another|other)\\b", 0, 80));
        r.add(new Rule("reset_others_credential", CREDENTIAL, 0.45,
                "reset* reinitialis* resetten zurucksetz* restablec* reimposta*",
                "\\b(?:reset|reinitialis|resetten|zurucksetz|restablec|reimposta)\\w*~2~(?:the )?(?:password|mfa|2fa"
                        + "|two-factor|authenticator|mot de passe|wachtwoord|passwort|contrasena)s? (?:of|for|de|van|von|di)"
                        + "(?! me\\b| my\\b| mij\\b| mijn\\b)~8~(?:send|give|tell|text|email|mail)\\w*~4~(?:it |them )?(?:to )?"
                        + "(?:me|us)\\b|\\b(?:reset|reinitialis|resetten|zurucksetz|restablec|reimposta)\\w*~1~(?:son|sa|ses"
                        + "|his|her|their|zijn|haar|sein\\w*|ihr\\w*|su|sus|suo|sua)(?! own\\b| eigen\\b| propi\\w*| propr\\w*)~2~(?:mfa|2fa|password|mot de passe"
                        + "|wachtwoord|passwort|contrasena|authenticator)\\b", 0, 220));
        r.add(new Rule("my_number_instead", CREDENTIAL, 0.45,
                "instead place plaats stattdessen lugar posto",
                "\\b(?:register|enrol|enroll|add|set|put|enregistr|registr|ajout|voeg)\\w*~3~(?:my|mon|ma|mijn|mein\\w*|mi"
                        + "|mio|mia) (?:phone|number|numero|telefoon\\w*|nummer|telephone|device|authenticator|mobile)\\w*~5~"
                        + "(?:instead|a la place|en su lugar|al suo posto|stattdessen|in plaats daarvan)\\b", 160, 20));
        r.add(new Rule("token_every_scope", PRIVILEGE, 0.45, "scope scopes expiration expiry expires",
                "\\b(?:every|all) (?:the )?scopes?\\b|\\bno (?:expiration|expiry)(?: date)?\\b|\\bnever expires?\\b", 120, 120)
                .needs("token tokens pat key keys"));
        r.add(new Rule("fetch_privileged_token", CREDENTIAL, 0.45,
                "token tokens password passwords credential credentials key keys",
                "\\b(?:fetch|get|grab|retrieve|pull|read|export|copy)\\w*~4~(?:root|admin\\w*|master|break\\W?glass"
                        + "|privileged)(?: \\w+)? (?:tokens?|passwords?|credentials?|keys?)\\b", 90, 10)
                .needs("root admin* master break privileged"));
        r.add(new Rule("self_approve", DISABLE, 0.45, "approved approve",
                "\\b(?:mark|set|flag|record)\\w*~4~(?:as )?approved~6~(?:yourself|myself|in my name|under my name|on my"
                        + " behalf)\\b|\\bapprove~4~(?:yourself|on my behalf|in my name)\\b", 80, 80));
        r.add(new Rule("skip_change_board", DISABLE, 0.45, "skip* bypass* ignore* cab",
                "\\b(?:skip|bypass|ignor|circumvent|drop)\\w*~2~(?:the )?(?:cab|change advisory board|change (?:approval"
                        + "|management|review|board)|peer review|code review)\\b"
                        // the pull request that carries the review (twenty-seventh session): "skip the PR", "bypass the
                        // merge request" (not its template, title or checks)
                        + "|\\b(?:skip|bypass|circumvent)\\w*~1~(?:the |a |any )?(?:pr|pull request|merge request|mr|review"
                        + " process|approval process)\\b(?! (?:template|description|title|checks?|number|link|comments?"
                        + "|labels?|preview|builds?|pipeline|ci|bot)\\b)", 0, 80));
        r.add(new Rule("pam_permit", DISABLE, 0.45, "pam_permit permit",
                "\\b(?:auth|account|password|session)\\W{1,3}(?:sufficient|required|requisite)\\W{1,3}pam_permit\\b", 40, 20));
        r.add(new Rule("clear_event_log", DISABLE, 0.45, "wevtutil clear eventlog",
                "\\bwevtutil\\W{1,3}(?:cl|clear\\W?log)\\W{1,3}\\w+|\\bclear\\W?eventlog\\b", 0, 60));
        r.add(new Rule("rules_suspended", SYSTEM, 0.45, "suspended lifted disabled removed waived revoked void deactivated",
                "\\byour (?:\\w+ ){0,2}(?:rules|restrictions|guardrails|filters|policies|limits|guidelines)~6~(?:are|is|have"
                        + " been|were) (?:now )?(?:suspended|lifted|disabled|removed|waived|revoked|void|deactivated)\\b",
                120, 20));
        r.add(new Rule("without_approval", DISABLE, 0.45, "approval confirmation permission signoff review",
                "\\bwithout (?:asking (?:for )?|any |requiring |waiting for |a )?(?:approval|confirmation|permission"
                        + "|sign-?off|review)\\b", 40, 10).needs("without"));
        r.add(new Rule("limits_off_de", DISABLE, 0.45, "nimm entferne",
                "\\b(?:nimm|entferne)~8~(?:rate\\W?limit\\w*|limit\\w*|budget\\w*|monatsbudget|quota\\w*|kontingent\\w*)~12~"
                        + "(?:raus|weg|heraus|ab)\\b", 0, 200));
    }



    /**
     * The fourth pass (eighteenth session, written before its blind set was read, as a grammar rather than phrase
     * families): a request or grant of privileges named in words, security controls of many kinds switched off,
     * another person's account used, rules declared lifted or approved away, and a key's or app's scopes widened.
     * All weigh 0.45: they pass only as orders ({@link EscalationDetector#directive}).
     */
    private static void round4(List<Rule> r) {
        r.add(new Rule("use_someone_elses_account", PRIVILEGE, 0.45,
                "account accounts credentials password login session token mailbox inbox",
                "\\b(?:use|using|borrow|take over|access|open|read|get into|log into|sign into)~1~(?:\\w+'s|her|his|their"
                        + "|the ceo's|the cfo's|my manager's|my boss's|a colleague's|another user's|another employee's)"
                        + " (?:\\w+ )?(?:account|accounts|credentials|password|login|session|token|mailbox|inbox)\\b",
                80, 10).needs("use using borrow take access open read get log sign"));
        r.add(new Rule("rules_lifted", SYSTEM, 0.45, "apply lifted removed updated waived suspended approved authorized"
                        + " authorised cleared signed",
                "\\b(?:your|the|these|those|all) (?:\\w+ ){0,2}(?:rules|restrictions|policies|guardrails|limits|checks"
                        + "|controls)~3~(?:no longer apply|don't apply|do not apply|are lifted|have been (?:lifted|removed"
                        + "|waived|suspended|relaxed)|were (?:lifted|waived|suspended))\\b|\\b(?:compliance|security|legal"
                        + "|management|the ciso|the cto|it|my manager|the board) (?:has |have )?(?:already )?(?:approved"
                        + "|signed off|authori[sz]ed|cleared|okayed|waived)~4~(?:this|it|the|that|you)\\b", 120, 60));
        round4b(r);
        r.add(new Rule("widen_scopes", PRIVILEGE, 0.45, "widen* expand* extend* increase* broaden* upgrade* raise*",
                "\\b(?:widen|expand|extend|increas|broaden|upgrad|rais)\\w*~4~(?:scopes?|permissions|access|rights"
                        + "|privileges|role)~6~(?:key|token|service account|api key|app|integration|bot|client|oauth)\\b",
                0, 120).needs("scope scopes permissions access rights privileges role"));
    }

    /**
     * After the fourth blind set was read (its misses): hiding the change from oversight ("don't tell the SOC",
     * "niemand hoeft het te weten", "senza chiedere a nessuno"), skipping the ticket, controls declared switched
     * off, limits raised to unlimited, the instructions forgotten in five languages, another user's session, SAP's
     * all-authorisations profile, Vault policies with sudo and Vault's audit device disabled.
     */
    private static void round4b(List<Rule> r) {
        r.add(new Rule("conceal_from_oversight", DISABLE, 0.45,
                "soc compliance audit* anyone legal hr niemand niemandem personne nadie nessuno",
                "\\b(?:don't|do not|never|no need to|without)~1~(?:tell\\w*|inform\\w*|notify\\w*|mention\\w*|cc|loop(?:ing)?"
                        + " in|alert\\w*|letting)~3~(?:the )?(?:soc|security|it|compliance|audit\\w*|my manager|anyone|legal|hr"
                        + ")\\b|\\bniemand hoeft het te weten\\b|\\bniemand muss"
                        + " (?:es|das) wissen\\b|\\bsag (?:es )?niemandem\\b|\\bpersonne ne doit (?:le )?savoir\\b|\\bno se lo"
                        + " digas a nadie\\b|\\bnon dirlo a nessuno\\b", 80, 40));
        r.add(new Rule("skip_the_ticket", DISABLE, 0.45, "ticket antrag demande solicitud richiesta aanvraag",
                "\\b(?:no need to|don't|do not|without|ohne|sans|sin|senza|zonder|skip)~2~(?:a |the |een |ein |un |una )?"
                        + "(?:ticket|change request|antrag|demande|solicitud|richiesta|aanvraag)\\b"
                        // "no need" in the other languages, the route named (twenty-seventh session): "pas besoin de
                        // passer par le ticket", "geen ticket nodig", "no hace falta abrir un ticket", "non serve il ticket"
                        + "|\\b(?:pas besoin d|pas la peine d|inutile d|no hace falta|no es necesario|non serve|non c'e bisogno"
                        + " di|kein|keine|keinen|geen)\\w*~3~(?:le |la |un |une |el |un |il |lo |een |ein |das |den |het )?"
                        + "(?:ticket|change request|antrag|demande|solicitud|richiesta|aanvraag)\\b", 60, 20));
        r.add(new Rule("without_asking", DISABLE, 0.45, "asking chiedere pedir demander fragen vragen",
                // (not a rule that requires asking, "never merge without asking a reviewer": twenty-fifth session)
                "(?<!\\b(?:never|not|n't|no) \\w{1,20} )(?<!\\b(?:never|not|n't|no) \\w{1,20} \\w{1,20} )\\bwithout asking\\b|\\bsenza chiedere\\b|\\bsin pedir\\b|\\bsans demander\\b|\\bohne (?:zu )?fragen\\b"
                        + "|\\bzonder te vragen\\b", 20, 20));
        r.add(new Rule("controls_declared_off", SYSTEM, 0.45, "switched disabled suspended lifted waived",
                "\\b(?:confirmation|approval|review|mfa|logging|monitoring|guardrails?|safety|security|rules?)"
                        + "(?: \\w+){0,4} (?:are|is|have been|were|will be) (?:now )?(?:switched off|turned off|disabled"
                        + "|suspended|lifted|removed|waived|off)\\b", 120, 10));
        r.add(new Rule("limit_to_unlimited", DISABLE, 0.45, "unlimited infinite maximum",
                "\\b(?:rais|increas|lift|set|remov|bump)\\w*~6~(?:cap|limit|quota|budget|spending)\\w*~6~(?:to )?"
                        + "(?:unlimited|infinite|maximum)\\b", 160, 10));
        r.add(new Rule("forget_instructions_eu", SYSTEM, 0.45, "dimentica olvida oublie vergiss vergeet",
                "\\b(?:dimentica|olvida|oublie|vergiss|vergeet)~3~(?:le |las |les |die |de |los )?(?:istruzioni|instrucciones"
                        + "|instructions|anweisungen|instructies|regole|reglas|regles|regeln|regels)\\b", 0, 80));
        r.add(new Rule("someone_elses_session", PRIVILEGE, 0.45, "cookie cookies session",
                "\\bsession (?:cookie|token|id)~8~(?:from|of) (?:\\w+'s|her|his|their)\\b|\\b(?:open|use|access|log into"
                        + "|sign into|browse)\\w*~4~as (?:her|him|them|the ceo|the cfo|my manager|my boss)\\b", 60, 120));
        r.add(new Rule("sap_all_profile", PRIVILEGE, 0.45, "sap_all sap_new", "\\bsap_(?:all|new)\\b", 0, 10));
        r.add(new Rule("vault_privileges", PRIVILEGE, 0.45, "capabilities vault",
                // (the list may name every capability before sudo: ["create", "read", "update", "delete", "list", "sudo"],
                // twenty-seventh session)
                "\\bcapabilities\\W{1,4}[^\\]\\n]{0,80}\\bsudo\\b|\\bvault\\W{1,3}audit\\W{1,3}disable\\b", 0, 100));
    }
}
