package io.tappass.pipeline.secrets;

import static io.tappass.pipeline.secrets.SecretFormats.ALNUM;
import static org.assertj.core.api.Assertions.assertThat;

import io.tappass.pipeline.CpuTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Secrets that a well-known credential-taking API receives as a positional argument (the position, not a variable
 * name, says it is a password or key: {@code new NetworkCredential(user, "V", domain)}, {@code smtp.PlainAuth("",
 * user, "V", host)}, {@code jwt.sign(payload, "V")}, {@code mysql -uroot -pV}), and passwords disclosed in a sentence
 * in English, Dutch, German, French, Spanish, Italian, Portuguese, Chinese and Japanese. Cases of our own (thirty-fifth
 * session), values drawn at run time by this class's seeded generator; each form also comes with the look-alikes it
 * must leave alone: the same call with a variable, an environment lookup, a template, a placeholder or a word.
 * Every failing case is collected, so one run lists them all.
 */
class CredentialApiSecretsTest {

    private static final double THRESHOLD = DetectSecretsStep.DEFAULT_THRESHOLD;
    private static final SecretScanner S = SecretScanner.defaults();

    private final Random random = new Random(20261129L * 35);

    private String rnd(String alphabet, int n) {
        return SecretFormats.rnd(random, alphabet, n);
    }

    /** A password as generators write it: both cases, digits and a symbol. */
    private String pw() {
        return "Tz4" + rnd(ALNUM, 6) + "!" + rnd(ALNUM, 3) + "q9";
    }

    /** A generated key: 32 alphanumerics with both cases and a digit. */
    private String key() {
        return "Hw7" + rnd(ALNUM, 27) + "p2";
    }

    private final List<String> failures = new ArrayList<>();

    /** The value is found with exactly its span and a score the step acts on. */
    private void pos(String before, String value, String after) {
        String text = before + value + after;
        List<SecretMatch> found = S.scan(text);
        boolean ok = found.stream().anyMatch(m -> m.start() == before.length()
                && m.end() == before.length() + value.length() && m.score() >= THRESHOLD);
        if (!ok) {
            StringBuilder got = new StringBuilder();
            for (SecretMatch m : found) {
                got.append(' ').append(m.rule()).append('[').append(text, m.start(), m.end()).append("]@")
                        .append(m.score());
            }
            failures.add("MISSED " + text.strip() + "  (value " + value + "; got" + got + ")");
        }
    }

    /** Nothing the step acts on. */
    private void neg(String text) {
        for (SecretMatch m : S.scan(text)) {
            if (m.score() >= THRESHOLD) {
                failures.add("FALSE " + text.strip() + "  (" + m.rule() + " [" + text.substring(m.start(), m.end())
                        + "])");
            }
        }
    }

    private void check() {
        assertThat(failures).as(String.join("\n", failures)).isEmpty();
    }

    @Test
    void dotNetAndPowerShell() {
        String p = pw();
        pos("var cred = new NetworkCredential(\"svc_backup\", \"", p, "\", \"CORP\");\n");
        pos("client.Credentials = new NetworkCredential(userName, \"", p, "\");\n");
        pos("smtp.Credentials = new System.Net.NetworkCredential(\"alerts@contoso.com\", \"", p, "\");\n");
        pos("$pw = ConvertTo-SecureString \"", p, "\" -AsPlainText -Force\n");
        pos("$pw = ConvertTo-SecureString -String '", p, "' -AsPlainText -Force\n");
        pos("$cred = New-Object System.Management.Automation.PSCredential('admin', (ConvertTo-SecureString '", p,
                "' -AsPlainText -Force))\n");
        neg("var cred = new NetworkCredential(user, password, domain);\n");
        neg("var cred = new NetworkCredential(\"svc_backup\", Environment.GetEnvironmentVariable(\"SVC_PW\"));\n");
        neg("var cred = new NetworkCredential(\"user\", \"password\");\n");
        neg("var cred = new NetworkCredential(\"user\", \"changeme\", \"DOMAIN\");\n");
        neg("$pw = ConvertTo-SecureString $env:ADMIN_PW -AsPlainText -Force\n");
        neg("$pw = ConvertTo-SecureString \"<password>\" -AsPlainText -Force\n");
        neg("$pw = ConvertTo-SecureString \"P@ssw0rd\" -AsPlainText -Force\n");
        check();
    }

    @Test
    void go() {
        String p = pw();
        pos("d := gomail.NewDialer(\"smtp.gmail.com\", 587, \"alerts@acme.io\", \"", p, "\")\n");
        pos("d := mail.NewDialer(\"smtp.acme.io\", 587, \"alerts\", \"", p, "\")\n");
        pos("auth := smtp.PlainAuth(\"\", \"alerts@acme.io\", \"", p, "\", \"smtp.gmail.com\")\n");
        String k = key();
        pos("tokenString, err := token.SignedString([]byte(\"", k, "\"))\n");
        pos("auth := smtp.CRAMMD5Auth(\"alerts@acme.io\", \"", k, "\")\n");
        neg("d := gomail.NewDialer(host, 587, user, pass)\n");
        neg("d := gomail.NewDialer(\"smtp.gmail.com\", 587, \"alerts@acme.io\", os.Getenv(\"SMTP_PASS\"))\n");
        neg("auth := smtp.PlainAuth(\"\", \"user@example.com\", \"password\", \"smtp.example.com\")\n");
        neg("auth := smtp.PlainAuth(\"\", from, password, smtpHost)\n");
        neg("tokenString, err := token.SignedString([]byte(os.Getenv(\"JWT_SECRET\")))\n");
        neg("tokenString, err := token.SignedString([]byte(\"secret\"))\n");
        neg("tokenString, err := token.SignedString(jwtKey)\n");
        check();
    }

    @Test
    void python() {
        String p = pw();
        pos("server = smtplib.SMTP('smtp.gmail.com', 587)\nserver.starttls()\nserver.login('alerts@acme.io', '", p,
                "')\n");
        pos("with smtplib.SMTP_SSL('smtp.acme.io', 465) as s:\n    s.login(\"alerts\", \"", p, "\")\n");
        pos("mail = imaplib.IMAP4_SSL('imap.gmail.com')\nmail.login('me@acme.io', '", p, "')\n");
        pos("ftp = ftplib.FTP('ftp.acme.io', 'deploy', '", p, "')\n");
        pos("ftp = FTP('ftp.acme.io')\nftp.login('deploy', '", p, "')\n");
        pos("ssh.connect('10.0.0.5', username='root', password='", p, "')\n");
        pos("conn = psycopg2.connect(host='db', dbname='app', user='app', password='", p, "')\n");
        pos("cnx = mysql.connector.connect(user='app', passwd='", p, "', host='127.0.0.1')\n");
        pos("db = MySQLdb.connect(\"localhost\", \"app\", \"", p, "\", \"appdb\")\n");
        pos("db = pymysql.connect('localhost', 'app', '", p, "', 'appdb')\n");
        String k = key();
        pos("token = jwt.encode(payload, '", k, "', algorithm='HS256')\n");
        pos("data = jwt.decode(token, \"", k, "\", algorithms=[\"HS256\"])\n");
        pos("sig = hmac.new(b'", k, "', msg, hashlib.sha256).hexdigest()\n");
        neg("server.login(user, password)\n");
        neg("server.login('alerts@acme.io', os.environ['SMTP_PASSWORD'])\n");
        neg("server.login(\"you@example.com\", \"your-password\")\n");
        neg("server.login(EMAIL, PASSWORD)\n");
        neg("ftp = ftplib.FTP('ftp.acme.io', 'anonymous', 'anonymous@')\n");
        neg("ftp = ftplib.FTP(host, user, passwd)\n");
        neg("db = MySQLdb.connect(\"localhost\", \"root\", \"password\", \"test\")\n");
        neg("db = pymysql.connect(host, user, os.getenv('DB_PW'), name)\n");
        neg("token = jwt.encode(payload, SECRET_KEY, algorithm='HS256')\n");
        neg("token = jwt.encode(payload, 'secret', algorithm='HS256')\n");
        neg("token = jwt.encode(payload, settings.SECRET_KEY, algorithm='HS256')\n");
        neg("sig = hmac.new(key, msg, hashlib.sha256).hexdigest()\n");
        neg("sig = hmac.new(b'secret-key', msg, hashlib.sha256).hexdigest()\n");
        neg("sig = hmac.new(os.environ['HMAC_KEY'].encode(), msg, hashlib.sha256).hexdigest()\n");
        check();
    }

    @Test
    void djangoSecretKeys() {
        // get_random_secret_key(): 50 characters of a-z, 0-9 and !@#$%^&*(-_=+) (django.core.management.utils)
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";
        String[] keys = {
            "x7#k2v(9q=w_!m4e@zr%1t+h8b&5n^yc)0u*j3s-p6d$gfa" + "k2(",
            "k)3r!e9w@" + rnd(alphabet, 31) + "=+(m1^&*q_",
            "django-insecure-" + "a8$z!2k(" + rnd("abcdefghijklmnopqrstuvwxyz0123456789", 30) + "#w=+)",
        };
        for (String k : keys) {
            pos("SECRET_KEY = '", k, "'\n");
            pos("SECRET_KEY = \"", k, "\"\n");
            pos("DJANGO_SECRET_KEY=", k, "\n");
        }
        neg("SECRET_KEY = os.environ['DJANGO_SECRET_KEY']\n");
        neg("SECRET_KEY = env('SECRET_KEY')\n");
        neg("SECRET_KEY = 'django-insecure-change-me'\n");
        neg("SECRET_KEY = get_random_secret_key()\n");
        check();
    }

    @Test
    void node() {
        String k = key();
        pos("const token = jwt.sign({ id: user.id }, \"", k, "\", { expiresIn: '1h' });\n");
        pos("const token = jwt.sign(payload, '", k, "');\n");
        pos("const decoded = jwt.verify(token, '", k, "');\n");
        pos("const h = crypto.createHmac('sha256', '", k, "').update(body).digest('hex');\n");
        pos("app.use(cookieParser('", k, "'));\n");
        String p = pw();
        pos("const t = nodemailer.createTransport({ service: 'gmail', auth: { user: 'a@acme.io', pass: '", p,
                "' } });\n");
        neg("const token = jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: '1h' });\n");
        neg("const token = jwt.sign(payload, 'secret');\n");
        neg("var token = jwt.sign({ foo: 'bar' }, 'shhhhh');\n");
        neg("app.use(cookieParser('keyboard cat'));\n");
        neg("app.use(session({ secret: 'keyboard cat' }));\n");
        neg("const decoded = jwt.verify(token, 'my-secret-key');\n");
        neg("const token = jwt.sign(payload, 'your-256-bit-secret');\n");
        neg("const token = jwt.sign(payload, config.jwtSecret);\n");
        neg("const decoded = jwt.verify(token, `${secret}`);\n");
        neg("const h = crypto.createHmac('sha256', secret).update(body).digest('hex');\n");
        neg("const h = crypto.createHmac('sha256', 'a secret').update(body).digest('hex');\n");
        neg("const t = nodemailer.createTransport({ auth: { user: process.env.USER, pass: process.env.PASS } });\n");
        check();
    }

    @Test
    void rustAndJava() {
        String k = key();
        String p = pw();
        pos("let client = BasicClient::new(ClientId::new(\"my-app\".to_string()), Some(ClientSecret::new(\"", k,
                "\".to_string())), auth_url, Some(token_url));\n");
        pos("let creds = Credentials::new(\"alerts@acme.io\".to_owned(), \"", p, "\".to_owned());\n");
        pos("credsProvider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(\"svc\", \"", p,
                "\"));\n");
        pos("Connection c = DriverManager.getConnection(\"jdbc:mysql://db:3306/app\", \"app\", \"", p, "\");\n");
        pos("Connection c = DriverManager.getConnection(url, \"app\", \"", p, "\");\n");
        pos("return new PasswordAuthentication(\"alerts@acme.io\", \"", p, "\".toCharArray());\n");
        pos("return new PasswordAuthentication(\"alerts@acme.io\", \"", p, "\");\n");
        pos("Algorithm algorithm = Algorithm.HMAC256(\"", k, "\");\n");
        pos("SecretKeySpec spec = new SecretKeySpec(\"", k, "\".getBytes(StandardCharsets.UTF_8), \"HmacSHA256\");\n");
        pos("String jwt = Jwts.builder().setSubject(u).signWith(SignatureAlgorithm.HS512, \"", k, "\").compact();\n");
        neg("let secret = ClientSecret::new(env::var(\"CLIENT_SECRET\")?);\n");
        neg("let secret = ClientSecret::new(client_secret);\n");
        neg("let secret = ClientSecret::new(\"client_secret\".to_string());\n");
        neg("new UsernamePasswordCredentials(user, password)\n");
        neg("new UsernamePasswordCredentials(\"user\", \"pass\")\n");
        neg("Connection c = DriverManager.getConnection(url, user, password);\n");
        neg("Connection c = DriverManager.getConnection(url, \"sa\", \"\");\n");
        neg("Connection c = DriverManager.getConnection(url, props);\n");
        neg("return new PasswordAuthentication(username, password.toCharArray());\n");
        neg("return new PasswordAuthentication(\"user\", \"password\".toCharArray());\n");
        neg("Algorithm algorithm = Algorithm.HMAC256(secret);\n");
        neg("Algorithm algorithm = Algorithm.HMAC256(\"secret\");\n");
        check();
    }

    @Test
    void basicAuthLdapAndBrokerClients() {
        String p = pw();
        pos("String credential = Credentials.basic(\"jenkins\", \"", p, "\");\n");
        pos("req.SetBasicAuth(\"admin\", \"", p, "\")\n");
        pos("Auth: []ssh.AuthMethod{ssh.Password(\"", p, "\")},\n");
        pos("let res = client.get(url).basic_auth(\"admin\", Some(\"", p, "\")).send()?;\n");
        pos("l.simple_bind_s(\"cn=admin,dc=acme,dc=io\", \"", p, "\")\n");
        pos("$ok = ldap_bind($conn, 'cn=admin,dc=acme,dc=io', '", p, "');\n");
        pos("env.put(Context.SECURITY_CREDENTIALS, \"", p, "\");\n");
        pos("creds = pika.PlainCredentials('app', '", p, "')\n");
        pos("const sequelize = new Sequelize('appdb', 'app', '", p, "', { host: 'db', dialect: 'postgres' });\n");
        neg("String credential = Credentials.basic(username, password);\n");
        neg("req.SetBasicAuth(os.Getenv(\"USER\"), os.Getenv(\"PASS\"))\n");
        neg("Auth: []ssh.AuthMethod{ssh.Password(password)},\n");
        neg("let res = client.get(url).basic_auth(\"admin\", Some(\"password\")).send()?;\n");
        neg("let res = client.get(url).basic_auth(user, None::<&str>).send()?;\n");
        neg("l.simple_bind_s(\"cn=admin,dc=example,dc=org\", \"secret\")\n");
        neg("$ok = ldap_bind($conn, $dn, $password);\n");
        neg("env.put(Context.SECURITY_CREDENTIALS, password);\n");
        neg("creds = pika.PlainCredentials('guest', 'guest')\n");
        neg("const sequelize = new Sequelize('database', 'username', 'password', { dialect: 'mysql' });\n");
        neg("const sequelize = new Sequelize(process.env.DB_NAME, process.env.DB_USER, process.env.DB_PASS);\n");
        check();
    }

    @Test
    void rubyAndPhp() {
        String p = pw();
        String k = key();
        pos("Net::SMTP.start('smtp.acme.io', 587, 'acme.io', 'alerts', '", p, "', :login) do |smtp|\n");
        pos("smtp.start('acme.io', 'alerts@acme.io', '", p, "', :plain)\n");
        pos("ftp = Net::FTP.new('ftp.acme.io', 'deploy', '", p, "')\n");
        pos("token = JWT.encode(payload, '", k, "', 'HS256')\n");
        pos("req.basic_auth('admin', '", p, "')\n");
        pos("$pdo = new PDO($dsn, $user, '", p, "');\n");
        pos("$pdo = new PDO(\"mysql:host=localhost;dbname=app\", \"root\", \"", p, "\");\n");
        pos("$conn = mysqli_connect(\"localhost\", \"app\", \"", p, "\", \"appdb\");\n");
        pos("$conn = new mysqli('localhost', 'app', '", p, "', 'appdb');\n");
        pos("ftp_login($conn, 'deploy', '", p, "');\n");
        pos("$jwt = JWT::encode($payload, '", k, "', 'HS256');\n");
        pos("$sig = hash_hmac('sha256', $body, '", k, "');\n");
        neg("Net::SMTP.start(host, 587, domain, user, password, :login)\n");
        neg("Net::SMTP.start('smtp.acme.io', 587, 'acme.io', ENV['SMTP_USER'], ENV['SMTP_PASS'], :login)\n");
        neg("$pdo = new PDO($dsn, $user, $pass);\n");
        neg("$pdo = new PDO($dsn, 'root', '');\n");
        neg("$pdo = new PDO($dsn, 'root', 'password');\n");
        neg("$conn = mysqli_connect($host, $user, $password, $db);\n");
        neg("$conn = mysqli_connect('localhost', 'root', getenv('DB_PASS'), 'app');\n");
        neg("$conn = new mysqli('localhost', 'username', 'password', 'database');\n");
        neg("$sig = hash_hmac('sha256', $body, $secret);\n");
        neg("$sig = hash_hmac('sha256', 'The quick brown fox', $key);\n");
        check();
    }

    @Test
    void commandLines() {
        String p = pw();
        pos("net use Z: \\\\fs01\\backup /user:CORP\\svc_backup ", p, "\n");
        pos("net use \\\\10.0.0.12\\C$ ", p, " /user:Administrator\n");
        pos("net user backup_admin ", p, " /add\n");
        pos("psexec \\\\web01 -u CORP\\admin -p ", p, " cmd.exe\n");
        pos("PsExec64.exe \\\\web01 -u admin -p '", p, "' -s powershell\n");
        pos("sshpass -p '", p, "' ssh root@10.0.0.5\n");
        pos("mysql -u root -p", p, " appdb < dump.sql\n");
        pos("mysqldump -uroot -p", p, " --all-databases > all.sql\n");
        pos("curl -u admin:", p, " https://ci.acme.io/api/json\n");
        pos("curl --user deploy:", p, " -X POST https://nexus.acme.io/upload\n");
        pos("docker login -u deploy -p ", p, " registry.acme.io\n");
        pos("htpasswd -b -c /etc/nginx/.htpasswd admin ", p, "\n");
        pos("smbclient //fs01/share -U backup%", p, "\n");
        pos("ldapsearch -x -D \"cn=admin,dc=acme,dc=io\" -w ", p, " -b dc=acme,dc=io\n");
        pos("xfreerdp /v:10.0.0.9 /u:admin /p:", p, "\n");
        pos("cmdkey /add:fs01 /user:CORP\\svc /pass:", p, "\n");
        pos("openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:", p, "\n");
        pos("keytool -importkeystore -srckeystore a.p12 -storepass ", p, " -destkeystore b.jks\n");
        neg("net use Z: \\\\fs01\\backup /user:CORP\\svc_backup *\n");
        neg("net use Z: \\\\fs01\\backup /user:%USERNAME% %PASSWORD%\n");
        neg("net use Z: \\\\fs01\\backup /persistent:yes\n");
        neg("net user backup_admin * /add\n");
        neg("psexec \\\\web01 -u CORP\\admin -p %ADMIN_PW% cmd.exe\n");
        neg("psExec \\\\web01 -u User -p $Password -i -d calc.exe\n");
        neg("sshpass -p \"$SSH_PASS\" ssh root@host\n");
        neg("sshpass -p password ssh user@host\n");
        neg("mysql -u root -p appdb < dump.sql\n");
        neg("mysql -u root -p$MYSQL_ROOT_PASSWORD appdb\n");
        neg("mysql -uroot -ppassword\n");
        neg("curl -u user:password https://example.com\n");
        neg("curl -u $USER:$TOKEN https://ci.acme.io\n");
        neg("curl -u admin: https://ci.acme.io\n");
        neg("docker login -u $DOCKER_USER -p $DOCKER_PASS\n");
        neg("htpasswd -b .htpasswd user password\n");
        neg("smbclient //fs01/share -U user%password\n");
        neg("ldapsearch -x -D \"cn=admin,dc=example,dc=org\" -w admin -b dc=example,dc=org\n");
        neg("openssl pkcs12 -export -passout pass:$P12_PASS\n");
        neg("keytool -list -keystore cacerts -storepass changeit\n");
        check();
    }

    @Test
    void disclosureInLanguages() {
        String[][] forms = {
            {"The password for the admin account is ", ""},
            {"the password of user deploy is ", " - please rotate it"},
            {"FYI the secret for the webhook is ", "\n"},
            {"Het wachtwoord is ", "\n"},
            {"het wachtwoord van de admin is ", ", niet delen"},
            {"Das Passwort lautet ", "\n"},
            {"das Passwort für root ist ", "\n"},
            {"Le mot de passe est ", "\n"},
            {"le mot de passe de l'admin est : ", "\n"},
            {"La contraseña es ", "\n"},
            {"la contraseña del usuario admin es ", "\n"},
            {"la password dell'utente admin è ", "\n"},
            {"La password è ", "\n"},
            {"A senha é ", "\n"},
            {"a senha do usuário admin é ", "\n"},
            {"a palavra-passe é ", "\n"},
            {"密码是 ", "\n"},
            {"管理员的密码是", "，别外传\n"},
            {"数据库密码是：", "\n"},
            {"secret 是 ", "\n"},
            {"パスワードは ", " です\n"},
            {"管理者のパスワードは", "です。\n"},
        };
        for (String[] f : forms) {
            pos(f[0], pw(), f[1]);
        }
        for (String s : new String[] {
            "The password is stored in the vault.\n",
            "The password for the admin account is in 1Password.\n",
            "Het wachtwoord is verlopen, vraag een nieuw aan.\n",
            "Das Passwort lautet: ********\n",
            "Das Passwort ist falsch.\n",
            "Le mot de passe est incorrect.\n",
            "La contraseña es obligatoria.\n",
            "la password dell'utente admin è scaduta\n",
            "A senha é ${ADMIN_PASSWORD}\n",
            "a palavra-passe é demasiado curta\n",
            "密码是 123456\n",
            "密码是 <你的密码>\n",
            "secret 是 xxx\n",
            "パスワードは 変更してください\n",
            "パスワードは password です\n",
            "The secret is Kubernetes2\n",
            "the secret to good logs is Structure1\n",
            "The secret for this step is in Vault: kv/app\n",
            "the token is MyToken1234\n",
            "the key is Ab12cd34Ef\n",
            "secret: ${WEBHOOK_SECRET}\n",
        }) {
            neg(s);
        }
        check();
    }

    @Test
    void nearMatchesStayLinear() {
        String run = "a".repeat(100_000);
        String[] hostile = {
            "new NetworkCredential(\"" + run,
            "new NetworkCredential(" + "\"u\", ".repeat(30_000),
            "smtp.PlainAuth(" + "\"\", ".repeat(30_000),
            "jwt.sign(" + "a, ".repeat(30_000),
            "DriverManager.getConnection(" + "x, ".repeat(30_000) + "\"" + run,
            "mysqli_connect(" + "'a', ".repeat(30_000),
            "new Sequelize(" + "'a', ".repeat(30_000),
            "basic_auth(\"a\", Some(\"" + run,
            "SECURITY_CREDENTIALS, \"" + run,
            "net use " + "\\\\h\\s ".repeat(20_000),
            "mysql -u root -p" + run,
            "la password dell'utente " + "admin ".repeat(20_000) + "è",
            "密码是".repeat(30_000),
            "パスワードは".repeat(20_000),
            "het wachtwoord van " + "de ".repeat(30_000) + "is " + run,
            "NewDialer(" + "a, ".repeat(30_000) + "\"" + run,
            "hash_hmac(" + "'a', ".repeat(30_000),
            "jwt.verify(" + "x".repeat(100_000) + ", '" + run,
            "SecretKeySpec(\"" + run,
            "signWith(SignatureAlgorithm.HS256, \"" + run,
            "'a', :login ".repeat(10_000) + "'" + run,
            "'Tz4kq9Wx!m2', :login ".repeat(5_000),
            "start('" + "a', '".repeat(20_000) + run + "', :plain",
            "net user " + "a ".repeat(50_000) + "/add",
            "net use \\\\" + run + " /user:" + run,
            "Credentials::new(" + "\"a\".to_owned(), ".repeat(10_000),
            "secret 是".repeat(30_000) + run,
            "la password " + "è ".repeat(30_000),
            "the secret for " + "a".repeat(100_000) + " is " + run,
            "secret is " + "Ab1".repeat(30_000),
        };
        for (String h : hostile) {
            CpuTime.assertWithin(Duration.ofSeconds(3), () -> S.scan(h));
        }
    }
}
