package io.tappass.pipeline.exfiltration;

import java.util.List;

/**
 * The catalogue of services commonly used to move data out: paste sites, request catchers, tunnels, anonymous file
 * drops, out-of-band interaction (OAST) hosts and chat webhooks. Assembled from the services' own public
 * documentation and well-known usage; a domain matches itself and its subdomains.
 */
final class ExfilDomains {

    private ExfilDomains() {
    }

    record Entry(String domain, String type) {
    }

    static final String PASTE = "PASTE_SITE_URL";
    static final String WEBHOOK = "WEBHOOK_CATCHER_URL";
    static final String TUNNEL = "TUNNEL_URL";
    static final String FILE = "FILE_SHARE_URL";
    static final String OAST = "OOB_INTERACTION_URL";
    static final String CHAT = "CHAT_WEBHOOK_URL";
    static final String STORAGE = "CLOUD_STORAGE_URL";
    static final String DYNDNS = "DYNAMIC_DNS_HOST";

    static final List<Entry> ALL = List.of(
            // paste sites
            new Entry("pastebin.com", PASTE), new Entry("paste.ee", PASTE), new Entry("hastebin.com", PASTE),
            new Entry("hastebin.skyra.pw", PASTE), new Entry("ghostbin.com", PASTE), new Entry("ghostbin.co", PASTE),
            new Entry("dpaste.org", PASTE), new Entry("dpaste.com", PASTE), new Entry("paste.rs", PASTE),
            new Entry("rentry.co", PASTE), new Entry("rentry.org", PASTE), new Entry("controlc.com", PASTE),
            new Entry("justpaste.it", PASTE), new Entry("privatebin.net", PASTE), new Entry("0bin.net", PASTE),
            new Entry("ix.io", PASTE), new Entry("sprunge.us", PASTE), new Entry("termbin.com", PASTE),
            new Entry("paste.mozilla.org", PASTE), new Entry("pastes.io", PASTE), new Entry("katb.in", PASTE),
            new Entry("paste.gg", PASTE), new Entry("pastebin.pl", PASTE), new Entry("gist.githubusercontent.com", PASTE),
            new Entry("paste.centos.org", PASTE), new Entry("bpa.st", PASTE), new Entry("pastie.io", PASTE),
            // request catchers / webhook testers
            new Entry("webhook.site", WEBHOOK), new Entry("requestbin.com", WEBHOOK), new Entry("requestbin.net", WEBHOOK),
            new Entry("requestcatcher.com", WEBHOOK), new Entry("pipedream.net", WEBHOOK), new Entry("hookbin.com", WEBHOOK),
            new Entry("beeceptor.com", WEBHOOK), new Entry("mockbin.org", WEBHOOK), new Entry("mockbin.io", WEBHOOK),
            new Entry("postb.in", WEBHOOK), new Entry("ptsv2.com", WEBHOOK), new Entry("ptsv3.com", WEBHOOK),
            new Entry("webhook.cool", WEBHOOK), new Entry("smee.io", WEBHOOK), new Entry("requestinspector.com", WEBHOOK),
            new Entry("requestrepo.com", WEBHOOK), new Entry("httpdump.app", WEBHOOK), new Entry("typedwebhook.tools", WEBHOOK),
            new Entry("webhookrelay.com", WEBHOOK), new Entry("hookdeck.com", WEBHOOK),
            // tunnels exposing a local machine
            new Entry("ngrok.io", TUNNEL), new Entry("ngrok-free.app", TUNNEL), new Entry("ngrok.app", TUNNEL),
            new Entry("ngrok-free.dev", TUNNEL), new Entry("ngrok.dev", TUNNEL), new Entry("trycloudflare.com", TUNNEL),
            new Entry("loca.lt", TUNNEL), new Entry("localtunnel.me", TUNNEL), new Entry("serveo.net", TUNNEL),
            new Entry("localhost.run", TUNNEL), new Entry("lhr.life", TUNNEL), new Entry("pagekite.me", TUNNEL),
            new Entry("telebit.cloud", TUNNEL), new Entry("bore.pub", TUNNEL), new Entry("tunnelmole.net", TUNNEL),
            new Entry("loclx.io", TUNNEL), new Entry("loophole.site", TUNNEL), new Entry("pinggy.link", TUNNEL),
            new Entry("pinggy.io", TUNNEL), new Entry("devtunnels.ms", TUNNEL), new Entry("zrok.io", TUNNEL),
            // anonymous file drops
            new Entry("transfer.sh", FILE), new Entry("file.io", FILE), new Entry("0x0.st", FILE), new Entry("temp.sh", FILE),
            new Entry("tmpfiles.org", FILE), new Entry("gofile.io", FILE), new Entry("anonfiles.com", FILE),
            new Entry("bashupload.com", FILE), new Entry("catbox.moe", FILE), new Entry("filebin.net", FILE),
            new Entry("uguu.se", FILE), new Entry("pixeldrain.com", FILE), new Entry("oshi.at", FILE), new Entry("keep.sh", FILE),
            new Entry("ufile.io", FILE), new Entry("we.tl", FILE), new Entry("sendspace.com", FILE),
            new Entry("wetransfer.com", FILE), new Entry("mega.nz", FILE), new Entry("anonymousfiles.io", FILE),
            // out-of-band interaction (security testing callbacks, DNS loggers)
            new Entry("interact.sh", OAST), new Entry("oast.pro", OAST), new Entry("oast.live", OAST),
            new Entry("oast.site", OAST), new Entry("oast.online", OAST), new Entry("oast.fun", OAST), new Entry("oast.me", OAST),
            new Entry("oastify.com", OAST), new Entry("burpcollaborator.net", OAST), new Entry("canarytokens.com", OAST),
            new Entry("dnslog.cn", OAST), new Entry("ceye.io", OAST), new Entry("xss.ht", OAST), new Entry("bxss.me", OAST),
            // chat webhooks
            new Entry("discord.com/api/webhooks", CHAT), new Entry("discordapp.com/api/webhooks", CHAT),
            new Entry("hooks.slack.com", CHAT), new Entry("api.telegram.org/bot", CHAT),
            new Entry("webhook.office.com", CHAT), new Entry("outlook.office.com/webhook", CHAT),
            new Entry("chat.googleapis.com/v1/spaces", CHAT),
            // dynamic DNS: names that follow a home connection's changing address (a home server or NAS)
            new Entry("duckdns.org", DYNDNS), new Entry("no-ip.org", DYNDNS), new Entry("no-ip.biz", DYNDNS),
            new Entry("ddns.net", DYNDNS), new Entry("dyndns.org", DYNDNS), new Entry("hopto.org", DYNDNS),
            new Entry("zapto.org", DYNDNS), new Entry("myftp.org", DYNDNS), new Entry("dynu.net", DYNDNS),
            new Entry("freeddns.org", DYNDNS), new Entry("mooo.com", DYNDNS), new Entry("servebeer.com", DYNDNS),
            new Entry("myddns.me", DYNDNS), new Entry("synology.me", DYNDNS), new Entry("myqnapcloud.com", DYNDNS),
            // object storage
            new Entry("amazonaws.com", STORAGE), new Entry("storage.googleapis.com", STORAGE),
            new Entry("storage.cloud.google.com", STORAGE), new Entry("firebasestorage.googleapis.com", STORAGE),
            new Entry("blob.core.windows.net", STORAGE), new Entry("file.core.windows.net", STORAGE),
            new Entry("dfs.core.windows.net", STORAGE), new Entry("r2.dev", STORAGE),
            new Entry("r2.cloudflarestorage.com", STORAGE), new Entry("digitaloceanspaces.com", STORAGE),
            new Entry("backblazeb2.com", STORAGE), new Entry("wasabisys.com", STORAGE), new Entry("linodeobjects.com", STORAGE));
}
