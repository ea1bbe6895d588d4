package io.tappass.pipeline.injection;

import java.util.ArrayList;
import java.util.List;

/**
 * Privilege-escalation signal families (written for this project): requests for root/admin rights, disabling
 * safety, authentication or logging, changing one's own permissions, switching the assistant into a privileged
 * "mode", and overriding the system prompt. EN plus NL/DE/FR/ES/IT for the common forms.
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

    /** "How do I give my account admin rights" is a how-to question, not a request to the assistant. */
    private static final String HOW_TO = "(?<!how do i )(?<!how can i )(?<!how to )(?<!how do you )(?<!how can you )"
            + "(?<!how do we )(?<!how can we )(?<!how should i )";

    private EscalationRules() {
    }

    static List<Rule> rules() {
        List<Rule> r = new ArrayList<>();
        r.add(new Rule("grant_me", PRIVILEGE, 0.65, "give grant assign make elevate escalate promote add upgrade",
                HOW_TO + "\\b(?:give|grant|assign|make|elevate|escalate|promote|add|upgrade)~2~(?:me|my (?:account|user|role)|us"
                        + "|myself|this (?:account|user|session))~3~" + PRIV_LEVEL + "?\\b", 0, 120).needs("admin* root sudo superuser super owner elevated unrestricted privileged god full"));
        r.add(new Rule("need_root", PRIVILEGE, 0.45, "need want get obtain require requesting request gain",
                "\\b(?:need|want|get|obtain|require|requesting|request|gain)~2~" + PRIV_LEVEL + "\\b", 0, 100).needs("admin* root sudo superuser super owner elevated unrestricted privileged god full"));
        r.add(new Rule("run_as_root", PRIVILEGE, 0.5, "run execute",
                "\\b(?:run|execute)~4~(?:as|with) (?:root|admin\\w*|sudo|superuser|system|nt authority)\\b", 0, 100).needs("root admin* sudo superuser system nt"));
        r.add(new Rule("sudo_shell", PRIVILEGE, 0.4, "sudo",
                "\\bsudo (?:su|-i|-s|bash|sh|rm|chmod|chown|passwd|visudo|usermod)\\b", 0, 30));
        r.add(new Rule("foreign_rights", PRIVILEGE, 0.5,
                "beheerdersrechten adminrechten administratorrechten admin root droits permisos privilegi",
                "\\b(?:beheerdersrechten|adminrechten|administratorrechten|admin-?rechte|root-?rechte|droits"
                        + " (?:d')?(?:admin\\w*|root)|permisos de (?:administrador|root)|privilegi (?:di )?"
                        + "(?:amministratore|root))\\b", 0, 60));
        r.add(new Rule("disable_your_controls", DISABLE, 0.72,
                "disable* turn deactivat* bypass* circumvent* switch remove skip suspend stop kill shut evade"
                        + " override* ignore* lift",
                "\\b(?:disabl\\w*|turn(?:ing)? off|deactivat\\w*|bypass\\w*|circumvent\\w*|switch(?:ing)? off|remov\\w*"
                        + "|skip\\w*|suspend\\w*|stop\\w*|kill\\w*|shut\\w* down|evad\\w*|overrid\\w*|ignor\\w*|lift\\w*)~1~"
                        + "(?:your|the (?:ai's|assistant's|model's)|its) (?:own )?(?:safety|security|auth\\w*|logging|logs"
                        + "|audit\\w*|monitoring|guardrails?|filters?|content filter|moderation|protections?|restrictions"
                        + "|safeguards|safety (?:checks|features|settings|mechanisms)|limits|ethics)\\b", 0, 100).needs("safety security auth* logging logs audit* monitoring guardrail* filter* content moderation protection* restrictions safeguards limits ethics"));
        r.add(new Rule("disable_controls", DISABLE, 0.45,
                "disable* turn deactivat* bypass* circumvent* switch remove skip suspend stop kill shut evade",
                "\\b(?:disabl\\w*|turn(?:ing)? off|deactivat\\w*|bypass\\w*|circumvent\\w*|switch(?:ing)? off|remov\\w*"
                        + "|skip\\w*|suspend\\w*|stop\\w*|kill\\w*|shut\\w* down|evad\\w*)~2~(?:all |the )?(?:safety"
                        + "|security|authentication|authorization|auth|logging|audit\\w*|monitoring|guardrails?"
                        + "|content filter\\w*|moderation|2fa|mfa|two-factor|access controls?|permission checks?"
                        + "|rate limit\\w*|sandbox\\w*|safeguards|alerting|intrusion detection|edr)\\b", 0, 100).needs("safety security authentication authorization auth logging audit* monitoring guardrail* content moderation 2fa mfa two access permission* rate sandbox* safeguards alerting intrusion edr"));
        r.add(new Rule("cover_tracks", DISABLE, 0.5, "delete* clear* erase* wipe* tamper* purge* truncate* remove*",
                "\\b(?:delet\\w*|clear\\w*|eras\\w*|wip\\w*|tamper\\w*(?: with)?|purg\\w*|truncat\\w*|remov\\w*)~2~"
                        + "(?:the )?(?:audit (?:logs?|trail)|security logs?|access logs?|logs? of (?:this|my|the)"
                        + " (?:session|conversation|request|activity)|evidence|traces?)\\b", 0, 100).needs("audit security access logs log evidence trace traces"));
        r.add(new Rule("change_own_permissions", PERMISSION, 0.62,
                "change modify update edit set raise increase expand escalate elevate grant",
                "\\b(?:chang\\w*|modif\\w*|updat\\w*|edit\\w*|set|rais\\w*|increas\\w*|expand\\w*|escalat\\w*|elevat\\w*"
                        + "|grant\\w*)~1~(?:my|your|its|their) (?:own )?(?:permissions?|privileges?|access (?:level|rights)"
                        + "|role|rights|clearance|scopes?|tool permissions|allow ?list)\\b", 0, 100).needs("permission* privilege* access role rights clearance scope* tool allow allowlist"));
        r.add(new Rule("add_to_admins", PERMISSION, 0.7, "add adding put",
                "\\b(?:add|adding|put)~1~(?:me|myself|my (?:account|user)|this user) (?:to|in(?:to)?) (?:the )?"
                        + "(?:admins?|administrators|sudoers|wheel|root|owners|domain admins|superusers)\\b", 0, 80).needs("admin admins administrators sudoers wheel root owners domain superusers"));
        r.add(new Rule("setuid", PERMISSION, 0.3, "chmod setuid",
                "\\b(?:chmod (?:777|u\\+s|\\+s|4755)|setuid)\\b", 0, 30));
        // "Assign the Global Administrator role to my account": the privileged role first, the beneficiary after it.
        r.add(new Rule("role_to_me", PRIVILEGE, 0.65, "assign give grant add",
                HOW_TO + "\\b(?:assign|give|grant|add)\\w*~4~(?:admin\\w*|owner|root|superuser|privileged)~1~(?:role"
                        + "|rights|access|permissions?|group)~5~to (?:me|myself|my (?:account|user)|this (?:account"
                        + "|user))\\b", 0, 120).needs("admin* owner root superuser privileged"));
        // "Give me / send me / tell me the (root) password / AWS secret access key / API token": asking the assistant
        // to hand over a credential (questions about one's own password have no "me ... the password" object).
        r.add(new Rule("credential_to_me", CREDENTIAL, 0.65, "give send tell show share print provide",
                HOW_TO + "\\b(?:give|send|tell|show|share|print|provide)~1~(?:me|us)(?! (?:how|where|what|why|when"
                        + "|which|whether|if)\\b)~4~(?:passwords?|passwd|credentials?|tokens?|(?:access|api|private|ssh"
                        + "|secret) keys?|secrets?)\\b", 0, 120).needs("password* credentials token* key secret*"));
        // Security tooling switched off: firewall, antivirus, Windows Defender, endpoint protection.
        r.add(new Rule("disable_protection", DISABLE, 0.45,
                "disable* turn deactivat* bypass* circumvent* switch remove skip suspend stop kill shut",
                "\\b(?:disabl\\w*|turn(?:ing)? off|deactivat\\w*|bypass\\w*|circumvent\\w*|switch(?:ing)? off|remov\\w*"
                        + "|skip\\w*|suspend\\w*|stop\\w*|kill\\w*|shut\\w* down|uninstall\\w*)~4~(?:firewalls?"
                        + "|antivirus|defender|(?:real time |endpoint |malware |tamper )protection)\\b", 0, 100)
                .needs("firewall* antivirus defender protection*"));
        // sudoers edits that grant password-less root, and adding a user to the sudo/wheel group.
        r.add(new Rule("sudoers_nopasswd", PERMISSION, 0.7, "sudoers",
                "\\bsudoers\\b[^\\n]{0,100}?\\bnopasswd\\b|\\bnopasswd\\b[^\\n]{0,100}?\\bsudoers\\b", 120, 120));
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
                "\\b(?:enabl\\w*|activat\\w*|enter\\w*|switch\\w* (?:to|into)|turn on|unlock\\w*|engag\\w*)~2~(?:developer"
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
        return r;
    }
}
