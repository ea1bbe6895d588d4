package io.tappass.pipeline.secrets;

/**
 * Ordinary text, written for {@link TrigramIndex}: how often each three-code window occurs here tells the index
 * which windows everyday text produces, and each keyword is anchored on the window of its own that is rarest here.
 * The anchor only decides at how many places of a text the keyword is compared (every occurrence is found whatever
 * the anchor), so this text changes the cost of a scan, never its result.
 *
 * <p>The first paragraph alone (1.6 KB, until the thirty-seventh session) left most windows at a count of zero, and
 * keywords were anchored on windows of everyday words: {@code twilio} on "wil" of "will", {@code postmark} on "pos",
 * {@code acca} on "acc", {@code license} on "ice". On the benchmark MiB of business prose 22,400 characters ended a
 * keyword window and 40,000 keyword comparisons found 6,400 occurrences; with the other paragraphs 8,000 windows and
 * 9,600 comparisons, and {@code detect_secrets} alone there 1.14 / 1.30 -> 0.81 / 1.00 ms (thread CPU, fastest and
 * median of 80 calls alternated in one JVM; European prose 1.40 / 1.61 -> 1.13 / 1.33 ms, JSON logs, YAML and Java
 * sources 2-6 % less). The 14,262 texts of the project's differential test (not used to write this) went from
 * 104,000 to 85,000 windows and from 239,000 to 172,000 comparisons. Written in the sample's spirit but measured and
 * dropped: European-language requests (more windows on English prose, none fewer on European prose).
 */
final class TrigramSample {

    private TrigramSample() {
    }

    /** Questions and requests of the kind sent to an assistant. */
    private static final String REQUESTS = "Hello, I need help writing a cover letter for a job in marketing. My "
            + "experience includes five years at a small agency where I managed social media campaigns and worked "
            + "closely with designers. Can you make it sound confident without being arrogant? Also, what should I "
            + "say about the gap in my employment history? Next question: how do I convert a list of strings to "
            + "integers in Python, and what happens if one of the values is empty? Give me a simple recipe for "
            + "dinner tonight using chicken, rice and whatever vegetables are in season. Why is the sky blue "
            + "during the day but red at sunset? Describe the causes of the First World War in three short "
            + "paragraphs suitable for a history class. We want to improve customer satisfaction in our online "
            + "shop; which metrics should we track, and how often should we survey our users? Rewrite the "
            + "following email so that it is polite but firm about the overdue invoice. Please create a training "
            + "plan for a beginner who wants to run ten kilometres in two months. What are the advantages of "
            + "electric cars compared with hybrid models, and how long do their batteries usually last? Organise "
            + "these notes into a clear outline with headings, then suggest a title for the presentation.";

    /** More of them, on everyday, business and school topics. */
    private static final String MORE_REQUESTS = "Thank you for getting back to me so quickly. I will forward your "
            + "notes to the rest of the group and we will decide by the end of the week. Could you tell me which "
            + "option would work best for a small office with twelve people? We are looking for something simple "
            + "to set up and easy to maintain. Please let me know if you need any more information from our side. "
            + "Can you explain the difference between a fixed and a variable interest rate on a mortgage, and "
            + "which one is usually cheaper over ten years? I would like to write a short speech for my sister's "
            + "wedding that is funny but not embarrassing. Summarize this article in five bullet points for a busy "
            + "manager who has not read it. What are some good questions to ask at the end of a job interview for "
            + "a project coordinator position? Help me plan a three day trip to the mountains in early spring with "
            + "two children, including places to stay and things to do if it rains. My laptop has become very slow "
            + "since the last update; what steps should I take before I reinstall the operating system? Write a "
            + "product description for a handmade wooden chair that will be sold online. Which documents do I need "
            + "to open a bank account as a student living abroad? Explain how vaccines train the immune system, in "
            + "language a twelve year old would understand. Our support team receives many messages about late "
            + "deliveries and damaged parcels: draft a template answer that apologises, explains the next steps "
            + "and offers a discount on the next order. Compare the main features of the two most popular project "
            + "management tools and recommend one for a nonprofit organisation. Correct the grammar and spelling "
            + "in the following paragraph without changing its meaning. Suggest five names for a bakery that "
            + "specialises in sourdough bread and pastries. How should I prepare for a difficult conversation with "
            + "a colleague who keeps missing deadlines? Translate this message into Spanish and keep it friendly. "
            + "What is the best way to store fresh herbs so that they last longer? Give me a weekly workout "
            + "routine that takes less than thirty minutes a day and needs no equipment. Please review my essay on "
            + "climate policy and point out any weak arguments. I want to learn to play the guitar as an adult; "
            + "where should I start and how much should I practise each day? Draft a polite reminder to a client "
            + "who has not yet signed the contract we sent last month. Create a table that lists the planets of "
            + "the solar system with their size, distance from the sun and number of moons. Why do cats purr, and "
            + "is it always a sign that they are happy? Our landlord wants to raise the rent by fifteen percent; "
            + "what are our rights and how can we negotiate? Write a cheerful birthday message for a coworker who "
            + "is retiring this year. Describe the water cycle and how it affects the weather in coastal regions. "
            + "Can you recommend some novels similar to the ones I enjoyed last summer, mostly historical fiction "
            + "with strong characters? How do I politely decline an invitation to a conference without closing the "
            + "door to future events? List the pros and cons of working from home for both employees and "
            + "employers. Explain what inflation is and why central banks raise interest rates when prices rise "
            + "quickly. Help me write a cover note for my application to a volunteer position at the local "
            + "library. I need a simple budget spreadsheet for a family of four; which categories should it "
            + "include? What should I pack for a week of hiking in a rainy climate, and how can I keep my feet "
            + "dry? Outline a lesson plan on fractions for a class of nine year olds, with a game at the end. "
            + "Rephrase this sentence so that it sounds more professional and less emotional. How long does it "
            + "take to become fluent in a new language if I study one hour a day? We are organising a charity run "
            + "next month; write a short announcement for our newsletter and social media. Please check whether "
            + "the following statement is accurate and give me your sources. What are the health benefits of "
            + "walking every day compared with running twice a week? Draft an agenda for a quarterly planning "
            + "meeting with sales, marketing and product teams. Give me tips for taking better photos with my "
            + "phone at night. Which questions should we include in a survey about employee wellbeing, and how do "
            + "we keep it anonymous? Tell me a bedtime story about a brave little fox who gets lost in the forest "
            + "and finds her way home. How can I improve my credit score after missing a few payments last year? "
            + "Explain the rules of cricket to someone who only knows football. Write an apology to our customers "
            + "for yesterday's outage and explain what we are doing to prevent it from happening again. Please "
            + "help me understand my electricity bill; it is much higher than usual although we used less power. "
            + "What are common mistakes people make when they start their own business, and how can they be "
            + "avoided? Make a shopping list for a vegetarian lasagne for eight people. Suggest activities for a "
            + "team building day that everyone can join, including colleagues who use a wheelchair. How do I teach "
            + "my teenager to drive without losing my patience? Summarise the key points of the new privacy "
            + "regulation for our staff in plain words. I am nervous about public speaking; what exercises can "
            + "help me feel calmer before a presentation? Write a thank you letter to the nurses who looked after "
            + "my father in hospital. Which houseplants are safe for pets and easy to keep alive in a dark "
            + "apartment? Explain the difference between weather and climate with a few examples. Our school wants "
            + "to reduce waste in the canteen; propose a plan with clear goals and steps. Can you help me choose "
            + "between studying medicine and engineering? I enjoy biology and mathematics equally. Please write a "
            + "short poem about autumn in the city. How often should I service my car, and which checks can I do "
            + "myself? Describe the history of the printing press and why it changed society. Give me feedback on "
            + "this logo idea and tell me whether the colours work well together. What is a healthy breakfast that "
            + "keeps me full until lunch without too much sugar? Help me reply to a neighbour who complains about "
            + "noise from our renovation work. Explain step by step how to change a flat tyre on a bicycle. "
            + "Prepare interview questions for a podcast episode with a local farmer about sustainable "
            + "agriculture. What are the main causes of stress at work, and what can managers do to reduce them? "
            + "Write a short summary of the meeting for everyone who could not attend, with decisions and open "
            + "questions. ";

    /** A developer's questions. */
    private static final String DEVELOPER_QUESTIONS = "My unit tests pass on my machine but fail in the build "
            + "pipeline with a timeout; how do I find out which test hangs? Explain the difference between a "
            + "process and a thread, and when I should use one or the other. Why does this function return the "
            + "wrong value when the list is empty, and how would you rewrite it? I get a null pointer exception "
            + "when the user object is not loaded yet. Review this pull request and suggest how to make the error "
            + "handling clearer. How do I read a large file line by line without loading it all into memory? What "
            + "does it mean when the server responds with status code 503, and should the client retry? Show me "
            + "how to sort a list of records by date and then by name. Convert this loop into a stream and keep it "
            + "readable. Which index should I add so that this query stops scanning the whole table? Please "
            + "document the public methods of this class with short comments. How can I store the session state so "
            + "that users stay signed in after the service restarts? Our dashboard shows a spike in latency every "
            + "night at two o'clock; where would you start looking? Write a shell script that backs up a folder, "
            + "compresses it and deletes copies older than thirty days. ";

    /** A little code, two JSON log lines and a YAML configuration. */
    private static final String CODE = "def average(values):\n"
            + "    if not values:\n"
            + "        return 0.0\n"
            + "    total = sum(value for value in values if value is not None)\n"
            + "    return total / len(values)\n"
            + "\n"
            + "for (int i = 0; i < items.size(); i++) {\n"
            + "    Item item = items.get(i);\n"
            + "    if (item.getPrice() > limit) {\n"
            + "        result.add(item.getName());\n"
            + "    }\n"
            + "}\n"
            + "\n"
            + "const response = await fetch(url, { method: \"POST\", headers: { \"Content-Type\": "
            + "\"application/json\" }, body: JSON.stringify(data) });\n"
            + "if (!response.ok) { throw new Error(`request failed with status ${response.status}`); }\n"
            + "\n"
            + "{\"time\": \"2025-03-14T08:15:02Z\", \"level\": \"info\", \"service\": \"orders\", \"message\": "
            + "\"order shipped\", \"order\": 48213, \"duration_ms\": 37}\n"
            + "{\"time\": \"2025-03-14T08:15:04Z\", \"level\": \"error\", \"service\": \"billing\", \"message\": "
            + "\"connection reset by peer\", \"retry\": 2}\n"
            + "\n"
            + "server:\n"
            + "  port: 8080\n"
            + "  timeout: 30s\n"
            + "database:\n"
            + "  host: db.internal\n"
            + "  pool_size: 10\n"
            + "logging:\n"
            + "  level: debug\n";

    /** The texts, each counted on its own. */
    static final String[] TEXTS = {REQUESTS, MORE_REQUESTS, DEVELOPER_QUESTIONS, CODE};
}
