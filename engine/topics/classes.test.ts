import assert from 'node:assert/strict';
import { recognizeTopics } from './index.ts';
import { emptyConfig } from '../config/resolve.ts';
import { parseDocument } from '../parse/index.ts';

// Classes of statement that failed on policies nobody here had read, each in several phrasings of our own, decided by
// the labelling guide (../shared/reference/labelling.md): what counts as covered, and the look-alikes that do not.
// Each case is a Markdown document: a title, a neutral opening, the optional section heading, then the text.
type Case = [covered: boolean, heading: string | null, text: string];

const CLASSES: Record<string, { topic: string; cases: Case[] }> = {
  // "A trigger or criterion: until you delete your account, deleted after delivery, removed when you uninstall"; not
  // "we don't store X" alone, "stored locally on your device" alone, a deletion right alone.
  'retention: deletion on account closure, request, archiving, per-period scopes, device storage with an end, nothing kept beyond a moment': {
    topic: 'retention',
    cases: [
      [true, null, 'If you delete your account, we erase your profile within 48 hours.'],
      [true, null, 'Closing your account removes your personal data from our systems.'],
      [true, null, 'We keep your messages until you ask us to delete them.'],
      [true, null, 'Once you request erasure, your records are purged from our database.'],
      [true, null, 'Old invoices are archived for ten years.'],
      [true, null, 'Completed orders are moved to the archive after one year and destroyed after seven.'],
      [true, null, "Each season's scores are wiped when the next season starts."],
      [true, null, "Every year's attendance list is destroyed at the end of the following year."],
      [true, null, 'Registration data for each event is deleted three months after the event.'],
      [true, null, 'Chat history is kept on your device until you clear it.'],
      [true, null, 'Everything stays on your phone and disappears when you uninstall the app.'],
      [true, null, 'We do not keep your files after the conversion is finished.'],
      [true, null, 'Uploaded images are never stored beyond the request that processes them.'],
      [true, null, 'Nothing is saved: the text is discarded as soon as the translation is returned.'],
      [true, null, 'We hold the data for the lifetime of your subscription.'],
      [true, null, 'Drafts you abandon are cleaned up automatically after a month.'],
      [true, null, 'Guest carts expire after 72 hours and their contents are removed.'],
      [false, null, 'We do not store any personal data.'],
      [false, null, 'We keep nothing.'],
      [false, null, 'We never store your messages on our servers.'],
      [false, null, 'Your notes are stored only on your device.'],
      [false, null, 'Data is temporarily stored in memory.'],
      [false, null, 'You may request the deletion of your data at any time.'],
      [false, null, 'You can delete your account from the settings screen.'],
      [false, null, 'Our archive of blog posts goes back ten years.'],
      [true, null, 'When a member leaves the club, their details are removed from the mailing list.'],
      [true, null, 'Upon termination of your account we will delete all content you uploaded.'],
      [true, null, 'Your progress is saved locally and removed if you reset the app.'],
      [true, null, 'Quarterly reports are retained for the current and previous quarter only.'],
      [true, null, 'Raw telemetry events are dropped right after processing.'],
      [true, null, 'Data collected through the form lives in our CRM until you unsubscribe.'],
      [true, null, 'We retain your data for as long as we have a legitimate business need.'],
      [false, null, 'We store your data securely in encrypted databases.'],
      [false, null, 'Photos you share remain visible to your friends.'],
      [false, null, 'Our team has over 20 years of experience.'],
      [false, null, 'You can export or delete your data whenever you like.'],
    ],
  },
  // "A slot for any of these ([SUPPORT_EMAIL], {{contact_email}}): covered"; links to contact pages, forms and trackers
  // (absolute or relative); a handle or venue where the operator answers. Not "contact us" with no channel, nor a
  // third party's address.
  'contact: slots and blank fields, bare domains, contact pages, forms, trackers and handles': {
    topic: 'contact',
    cases: [
      [true, 'Contact us', 'Email: ____________'],
      [true, 'Contact us', 'Phone: [PHONE NUMBER]'],
      [true, null, 'Privacy questions go to {{ privacy_contact }}.'],
      [true, null, 'Write to us at <insert postal address>.'],
      [true, 'Contact', 'northwind-tools.com'],
      [true, null, 'Questions? Visit northwind-tools.com/contact.'],
      // A help centre is not a way to reach the operator about one's data.
      [false, null, 'See also the help centre at northwind-tools.com/help.'],
      [true, null, 'Contact us through our [support page](https://northwind-tools.com/support).'],
      [true, null, 'Send privacy requests through [this form](https://forms.northwind-tools.com/privacy).'],
      [true, null, 'Report a problem on [our tracker](/issues).'],
      [true, null, 'File an issue at github.com/northwind/tools/issues.'],
      [true, null, 'Reach the maintainer on GitHub: @northwind-dev.'],
      [true, null, 'You can DM us on X at @northwindtools.'],
      [true, null, 'Use the feedback form in the app settings to reach us.'],
      [true, 'Questions', 'Join our Discord server and ask in #support.'],
      [false, null, 'Contact us with any questions.'],
      [false, null, 'For payment questions, contact PayPal at paypal.com/help.'],
      [false, 'Who we are', 'Our website is northwind-tools.com.'],
      [false, 'Contact', 'We would love to hear from you.'],
      [true, null, 'Contact: support at northwind dot io'],
      [true, null, '[Email us](mailto:hello@northwind-tools.com) about anything privacy-related.'],
      [true, null, 'Ping us on Mastodon: @northwind@fosstodon.org'],
      [true, null, 'Open a ticket in our Help Center if something looks wrong.'],
      [true, 'Contact', 'Mail: Northwind Tools, PO Box 1234, Springfield'],
      [false, null, 'Please get in touch via the usual channels.'],
      [false, null, 'Apple may contact you at the email address associated with your Apple ID.'],
    ],
  },
  // "Names where it is stored or hosted"; not a country in an address or a governing-law clause, not where the
  // company or its team sits.
  'transfers: server locations without a movement verb, processors with their location, data-location sections': {
    topic: 'transfers',
    cases: [
      [true, null, 'Our servers are in Germany.'],
      [true, null, 'The service runs on Hetzner servers in Finland.'],
      [true, null, 'Hosting: DigitalOcean (Frankfurt, Germany).'],
      [true, null, 'We use Plausible Analytics, an EU-based provider.'],
      [true, null, 'Analytics is provided by Umami, hosted in the Netherlands.'],
      [true, null, 'Your account data lives in the EU.'],
      [true, null, 'All data stays in Canada.'],
      [true, 'Data location', 'Germany.'],
      [true, null, 'Data location: Ireland (AWS eu-west-1).'],
      [true, null, 'The server location is Germany.'],
      [true, 'Subprocessors', '- Postmark (USA) sends our e-mails.'],
      [true, null, 'Backups are replicated to a second data centre in Switzerland.'],
      [false, null, 'Acme Ltd, 1 High Street, London, United Kingdom'],
      [false, null, 'These terms are governed by the laws of Germany.'],
      [false, null, 'We are a company based in Canada.'],
      [false, null, 'Our team is located in Austria.'],
      [false, null, 'Our offices are located in Berlin and Paris.'],
      [false, 'Governing law', 'The courts of Ireland have jurisdiction.'],
      [false, null, 'GDPR (EU): we honour access and erasure requests.'],
      [true, null, 'We store backups with Backblaze in the US-West region.'],
      [true, null, 'The app talks to a backend hosted on Google Cloud in Belgium.'],
      [true, null, 'Customer data resides exclusively in Australian data centres.'],
      [true, null, 'Your information never leaves your country.'],
      [true, null, 'For transfers to Japan we rely on the adequacy decision of the European Commission.'],
      [false, null, 'We comply with the Swiss Federal Act on Data Protection.'],
      [false, null, 'Our support team works remotely across Europe.'],
      [false, null, 'Prices are shown in US dollars.'],
    ],
  },
  // "Not covered by rights sections for residents of a region": where a person lives, and where a law is in force, is
  // no place of the data, however the sentence strings its conditions; a region's abbreviation in brackets goes with
  // the name it abbreviates.
  'transfers: where people live and where laws apply, in any order of the conditions': {
    topic: 'transfers',
    cases: [
      [false, null, 'If you are over 16, live in the United Kingdom and hold an account, you may ask for a copy of your data.'],
      [false, null, 'If you are under 18 years of age, reside in California, and have posted content, you may ask us to remove it.'],
      [false, null, 'Please include a statement that you reside in California.'],
      [false, null, 'When a user signs up or lives in Canada, extra consent rules apply.'],
      [false, null, 'For users in the European Economic Area (EEA):'],
      [false, null, 'Residents of the European Union (EU) have further rights.'],
      [false, null, 'Customers currently located in Brazil may contact the ANPD.'],
      [false, null, 'We follow any applicable data protection law, including the GDPR while it is in force in the UK.'],
      [false, null, 'The rules enacted in Switzerland give you a right of access.'],
      [false, null, 'Some of these laws are applicable in the EU only.'],
      [true, null, 'If you live in Canada, your data is still stored on servers in the United States.'],
      [true, null, 'Your files reside in data centres in Germany.'],
      [true, null, 'Data of users who live in the EU is processed in the United States under Standard Contractual Clauses.'],
      [true, null, 'Our servers, which reside in Frankfurt, hold all account data.'],
      [true, null, 'Where you live does not matter: all data is hosted in Ireland.'],
    ],
  },
  // "A heading alone covers a topic only in an outline or skeleton draft": a cell of a table of questions and answers,
  // or an item of a list of rights, is no heading of what follows it, whatever its words.
  // Data kept for a purpose, with no period: "for the purposes described" in the guide's words — vague, but covered.
  'retention: data kept or retained for a purpose, with no period': {
    topic: 'retention',
    cases: [
      [true, null, 'We retain collected information to: (1) confirm bookings; (2) answer questions.'],
      [true, null, 'We retain your personal data to provide the service and to meet our legal duties.'],
      [true, null, 'We keep your contact details in order to answer your requests.'],
      [true, null, 'Your order history is retained for accounting and tax purposes.'],
      [true, null, 'Survey answers are kept so that we can compare results between years.'],
      [true, null, 'We keep copies of invoices for bookkeeping purposes.'],
      [false, null, 'We keep your data safe and confidential.'],
      [false, null, 'We retain the right to change this policy.'],
      [false, null, 'We keep you informed about updates to the app.'],
      [false, null, 'Please keep your password secret in order to protect your account.'],
      [false, null, 'We use your information to answer your requests.'],
    ],
  },
  // An address set in bold or in underscore emphasis is still an address: "**Email: privacy@acme.test**" is no heading,
  // and "_privacy@acme.test_" holds the address between its markers; a section heading that holds one says it too.
  'contact: addresses in bold lines, in emphasis and in headings': {
    topic: 'contact',
    cases: [
      [true, null, '**Email: privacy@northwind.test**'],
      [true, null, '**Contact: dpo@northwind.test**'],
      [true, null, '**_Email: hello@northwind.test_**'],
      [true, null, 'Write to _privacy@northwind.test_ with any question.'],
      [true, null, 'Questions about your data go to __dpo@northwind.test__.'],
      [true, null, '*E-mail:* _team@northwind.test_'],
      [true, null, '**Privacy requests: https://northwind.test/contact**'],
      [false, null, '**Email us with any question**'],
      [false, null, '**Contact us**'],
      [false, null, 'The field accepts names such as user_privacy but no addresses.'],
      // A section heading that holds an address says it too.
      [true, 'Contact: privacy@northwind.test', 'We answer within a week.'],
      [true, 'Questions? Write to dpo@northwind.test', 'We reply to every message.'],
      [true, 'Join our [support server](https://discord.gg/northwind) to ask', 'A moderator answers there.'],
      [true, 'Ask us at https://northwind.test/contact', 'We read every request.'],
      [true, 'Data requests: requests@northwind.test', 'Tell us what you need.'],
      [false, 'Contact', 'We are happy to hear from you.'],
      [false, 'How to reach us', 'We read every message.'],
      [false, 'Google Analytics (see https://policies.google.com/privacy)', 'Google may process usage data.'],
    ],
  },
  'headings: table cells and list items are not heading-like lines': {
    topic: 'transfers',
    cases: [
      [false, null, '| Question | Answer |\n| --- | --- |\n| Where is my data stored? | In your own cloud drive |\n| Do you sell data? | No |'],
      [false, null, '- Where we keep your data\n- How long we keep it'],
      [false, null, '| Topic | Where to read more |\n| --- | --- |\n| Data location | See the hosting page |'],
      [true, null, '| Question | Answer |\n| --- | --- |\n| Where is my data stored? | On servers in Finland |'],
      [true, null, 'International transfers\n\nWe send no data abroad.'],
    ],
  },
  // "Names where it is stored or hosted"; "stored locally on your device" names no place. A title that asks where data
  // is kept is answered by its sentences: a place covers the topic, a device or a provider with no location does not.
  'transfers: a section asking where data is stored covers the topic only with a place in it': {
    topic: 'transfers',
    cases: [
      [false, 'Where your data is stored', 'All data is stored locally on your device using the browser storage API.'],
      [false, 'Where is my data stored?', 'In your own cloud storage account.'],
      [false, 'Data location', 'Everything stays on your phone; there is no server.'],
      [false, 'Storage location', 'Your notes live in the app sandbox.'],
      [false, 'Where we process your data', 'We process it with our hosting provider.'],
      [true, 'Where your data is stored', 'Our database runs in Frankfurt, Germany.'],
      [true, 'Data location', 'Ireland (AWS eu-west-1).'],
      [true, 'Where is my data stored?', 'On servers in the United States.'],
      [true, 'Storage location', 'EU data centres only.'],
      [true, 'Where we process your data', 'Only within the European Economic Area.'],
    ],
  },
  // "Deleted after delivery", "then discarded": an end stated after a list of verbs joined by commas is still an end;
  // "beyond what is necessary" is the vague measure. "Temporarily stored" with no period and no trigger is not covered,
  // nor a wish to delete (a request, a right), nor "day to day".
  'retention: ends after verb lists, what is not a trigger (temporary storage, wishes to delete, idioms)': {
    topic: 'retention',
    cases: [
      [true, null, 'Message bodies are not stored, logged, analysed, or retained beyond what is necessary for immediate delivery.'],
      [true, null, 'Audio is never recorded, stored or kept after the call ends.'],
      [true, null, 'Uploads are not copied, indexed, or saved once the conversion is done.'],
      [true, null, 'We do not keep, share, or sell form entries longer than needed to answer you.'],
      [true, null, 'Screenshots are not uploaded, stored nor held past the end of your session.'],
      [true, null, 'We keep support tickets no more than what is strictly necessary.'],
      [false, null, 'Your text is only stored temporarily in app memory.'],
      [false, null, 'Images are processed solely in memory on your device.'],
      [false, null, 'Calculations happen only in RAM.'],
      [false, null, 'If the user wants to wipe everything, including the account, events etc. they can file a request.'],
      [false, null, 'If you would like to delete your data, please send us an e-mail.'],
      [false, null, 'If you wish to remove your profile, contact support.'],
      [false, null, 'We store the reports you send. Our moderators read them on a day-to-day basis.'],
      [false, null, 'Posts are saved to your profile. A moderator reviews them day by day.'],
      [true, null, 'If you delete your account, your posts are removed too.'],
      [true, null, 'Data is held in memory only for the duration of the request.'],
      [true, null, 'If you ask us to delete your data, we erase it within 30 days.'],
    ],
  },
  // "A link to a contact page … absolute or relative"; "a slot for any of these": covered. Not "contact information
  // (name, e-mail)" as a category of collected data, here a bracketed list of examples.
  'contact: relative links to contact pages, long bracketed slots, bracketed lists of collected data': {
    topic: 'contact',
    cases: [
      [true, null, 'Questions? See <a href="contacts/">Contacts</a>.'],
      [true, null, 'Write to us through <a href="contact.html">this page</a>.'],
      [true, null, 'Send feedback with <a href="feedback/">the form</a>.'],
      [true, null, 'For support, use [our page](support.php).'],
      [true, null, '[Insert the contact details of the controller and of the DPO, as required by GDPR Article 13(1)(a) and (b)]'],
      [true, null, '[Explain identity and contact details - Required by GDPR Articles 13(1)(a), 14(1)(a)]'],
      [true, null, 'E-mail us at (your support email).'],
      [false, null, 'We never collect personally identifiable information (such as your name, address, email address or telephone number).'],
      [false, null, 'You may give us details (e.g. your e-mail address) when you sign up.'],
      [false, null, 'We keep a few fields (your name, company, email and role) for each account.'],
      [false, null, 'Contact us if you have any questions or need help/support.'],
      [false, null, 'The app reads your contacts/address book only on the phone.'],
    ],
  },
  // "An e-mail that belongs to a third party" does not cover contact, nor does a third party's postal address or phone
  // number given beside its name where the policy describes its plug-in, processor or payment service.
  'contact: a third party\'s address beside its name is not the policy\'s own channel': {
    topic: 'contact',
    cases: [
      [false, null, 'This site embeds buttons of the social network Facebook, 1601 Willow Road, Menlo Park, CA 94025, USA.'],
      [false, null, 'Videos are served by YouTube, a service of Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043.'],
      [false, null, 'Card payments are handled by Stripe, Inc., 354 Oyster Point Blvd, South San Francisco.'],
      [false, null, 'Maps are provided by Google Ireland Limited (Gordon House, 4 Barrow Street, Dublin 4).'],
      [false, null, 'Logins use Apple, One Apple Park Way, Cupertino, CA 95014, phone +1 408 996 1010.'],
      [false, null, 'The sharing buttons come from Twitter Inc., Twitter, Inc. 1355 Market St, Suite 900, San Francisco, CA 94103.'],
      [true, null, 'Northwind Ltd. 12 Harbour Road, Bristol, answers privacy questions.'],
      [false, null, 'Newsletters are sent with Mailchimp (Intuit Inc., 2700 Coast Avenue, Mountain View, CA 94043).'],
      [false, null, 'Die Karten stammen von Google Ireland Limited, 4 Barrow Street, Dublin, Irland.'],
      [true, null, 'You can write to Northwind Ltd, 12 Harbour Road, Bristol BS1 5TT.'],
      [true, null, 'Apart from the Facebook pixel, which we removed, questions go to our office at 12 Harbour Road, Bristol.'],
      [true, null, 'Northwind GmbH, Hafenstraße 12, 20457 Hamburg, answers all privacy questions.'],
    ],
  },
  // "A link to a contact page, absolute or relative": a relative path that begins with the page's name (/contact,
  // ./support, /contact-us) is as much a contact page as https://example.org/contact.
  'contact: a relative link whose path begins with the contact page\'s name': {
    topic: 'contact',
    cases: [
      [true, null, 'You can always ask us to erase your data by [getting in touch](/contact).'],
      [true, null, 'Questions about this policy? [Write to us](/contact-us) and we will answer within a week.'],
      [true, null, 'To exercise your rights, please use [this page](./support).'],
      [true, null, 'Send any privacy request through [our form](/feedback/).'],
      [true, null, 'You may reach the data protection team by [contacting us](/kontakt).'],
      [false, null, 'Read [our terms](/terms) before you sign up.'],
      [false, null, 'Our [cookie policy](/policy) lists every cookie the site sets.'],
    ],
  },
  // A template's slot for the channel covers contact (the guide: a slot such as "[Your Email]" where the channel goes),
  // also when its words are the ones the trap for "your contact information" (data the policy collects) reads.
  'contact: a bracketed slot named for the contact details': {
    topic: 'contact',
    cases: [
      [true, null, 'If you have any questions about this policy, contact us at [Your Contact Information].'],
      [true, null, 'Privacy questions can be sent to [Company Contact Details].'],
      [true, null, 'Reach the developer at [your contact info or e-mail address].'],
      [true, 'Contact', 'Write to us: [Business Contact Information, e.g. email or phone]'],
      [true, null, 'Please direct data requests to [YOUR CONTACT DETAILS HERE].'],
      [false, null, 'We keep your contact information only while your account is open.'],
      [false, null, 'Billing contact details are shared with our payment processor.'],
    ],
  },
  // A personal mailbox at a webmail provider whose domain is also a third party's site (icloud.com, yahoo.com,
  // live.com, wordpress.com) is the operator's own e-mail address: the third-party-site trap reads domains, not mailboxes.
  'contact: an address at a webmail provider that is also a third-party site': {
    topic: 'contact',
    cases: [
      [true, 'Contact us', 'If you have questions about this policy, write to tally.dev-7x@icloud.com.'],
      [true, null, 'Send privacy requests to northwind.apps@yahoo.com and we will answer within a week.'],
      [true, null, 'Questions? Mail the developer at quill-notes@live.com.'],
      [true, null, 'You can reach me about your data at pixelgarden@wordpress.com.'],
      [true, null, 'Contact: harbourfit.support@me.icloud.com'],
      [false, null, 'Backups are stored in iCloud (see https://www.icloud.com/privacy) and never on our servers.'],
      [false, null, "Sign-in uses Yahoo's service, described at yahoo.com/privacy."],
    ],
  },
  // Transfers: "a statement that personal data is … processed, accessed or transferred in another country". Answering a
  // legal request that comes from abroad says who asks, not where the data is.
  'transfers: legal requests from foreign courts and authorities are no transfer': {
    topic: 'transfers',
    cases: [
      [false, null, 'We may answer legal requests from jurisdictions outside of Canada when we believe the law there requires it.'],
      [false, null, 'We may respond to subpoenas and court orders issued outside the United States where we are legally bound to.'],
      [false, null, 'Requests from law enforcement agencies in other countries are reviewed by our legal team before any disclosure.'],
      [false, null, 'This includes replying to lawful requests by authorities outside the EU if a court in that country compels us.'],
      [false, null, 'We handle legal process from foreign jurisdictions case by case.'],
      [false, null, 'We share data with the police when required, consistent with internationally recognised standards.'],
      [true, null, 'Your data may be accessed by our support staff outside the United States.'],
      [true, null, 'We answer legal requests ourselves, and our servers are located in Ireland.'],
      [true, null, 'Records are processed outside the EU by our subcontractor.'],
    ],
  },
  // Retention: "a statement of how long personal data is kept". How long a licence to published content lasts is a
  // term of use, not a retention period.
  'retention: how long a content licence lasts is not how long data is kept': {
    topic: 'retention',
    cases: [
      [false, null, 'These rights are royalty free, irrevocable and worldwide (for so long as your Content is accessible on the Platform).'],
      [false, null, 'You grant us a non-exclusive licence to display your posts for as long as they remain visible on the site.'],
      [false, null, 'The license you give us to host and show your photos lasts until you remove them from the Service.'],
      [false, null, 'This permission to publish your reviews continues while your listing is online.'],
      [false, null, 'You keep ownership of your designs; our right to show them ends when you take them down.'],
      [true, null, 'We store your posts for as long as they are accessible on the platform.'],
      [true, null, 'Your uploads stay on our servers until you remove them.'],
      [true, null, 'You grant us a licence to show your photos; we keep the files until you delete your account.'],
    ],
  },
  // Retention: "deleted after delivery" is a trigger, and so is its negation: data not kept after something happens.
  'retention: not keeping data after an event, with a verb in the present': {
    topic: 'retention',
    cases: [
      [true, null, 'We do not store or retain this data after fulfilling the request.'],
      [true, null, "We don't keep your photo once the check is complete."],
      [true, null, 'The service does not retain uploaded files beyond the end of your session.'],
      [true, null, 'We will never hold your voice recordings longer than the transcription takes.'],
      [true, null, 'Northwind does not save or log the queries after the answer is sent.'],
      [true, null, 'We neither store nor keep the address past the delivery of your order.'],
      [false, null, 'We do not store or retain your data.'],
      [false, null, 'We do not keep track of your location after you log out.'],
      [false, null, 'We do not sell or share your data after you opt out.'],
      [false, null, 'We do not store your card number after checkout; Stripe keeps it.'],
    ],
  },
  // "A slot for any of these (an e-mail address, a phone number, a postal address, a contact page) covers" contact: a
  // generic fill-in slot after a label that names the channel is that slot.
  'contact: a fill-in slot after a label that names a contact channel': {
    topic: 'contact',
    cases: [
      [true, null, 'Privacy contact: [FILL IN]'],
      [true, null, 'Contact e-mail: **[TBD]**'],
      [true, null, 'Data protection officer: [to be completed]'],
      [true, null, 'Phone: [INSERT]'],
      [true, null, 'Our postal address: [TO BE CONFIRMED]'],
      [true, null, 'Questions about this policy: contact [xxx]'],
      [true, null, '**Email:** [To be added by developer]'],
      [true, null, 'Privacy contact: [to be provided by the publisher]'],
      [true, null, 'Phone: [To be confirmed later]'],
      [true, null, 'Postal address: [to be completed by the app owner]'],
      [true, null, 'Support e-mail: [To be determined by legal]'],
      [false, null, 'Effective date: [FILL IN]'],
      [false, null, 'Company name: [TBD]'],
      [false, null, 'Contact us if you have questions.'],
      [false, null, 'Data we collect: [FILL IN]'],
      [false, null, 'Features: [To be added by developer]'],
      [false, null, 'Release date: [to be announced later]'],
    ],
  },
  // "| Retention | [period] |": a table row labelled for the topic is a heading for its row, and a slot for a period in
  // it counts as a slot for the statement.
  'retention, transfers: a table row labelled for the topic with a slot or a statement in it': {
    topic: 'retention',
    cases: [
      [true, null, '| Topic | Detail |\n|---|---|\n| Retention | [Period / criteria] |'],
      [true, null, '| Item | Value |\n|---|---|\n| Data retention | [X months] |'],
      [true, null, '| Question | Answer |\n|---|---|\n| How long do we keep data? | 30 days |'],
      [true, null, '| Category | Notes |\n|---|---|\n| Retention | Deleted after the event |'],
      [true, null, '| Field | Entry |\n|---|---|\n| Storage period | [DURATION] |'],
      [false, null, '| Topic | Detail |\n|---|---|\n| Cookies | [Period / criteria] |'],
      [false, null, '| Topic | Detail |\n|---|---|\n| Retention | [Name of the owner] |'],
      [false, null, '| Topic | Detail |\n|---|---|\n| Contact | 30 days |'],
    ],
  },
  // A template slot alone on its line covers its topic as the slot for a section; a slot named for a piece of page
  // markup (`{{children_p}}`, `{{h2_children}}`) is one string of an i18n table, which the reader of the file never sees.
  'slots: i18n strings named for page elements are no section slots': {
    topic: 'children',
    cases: [
      [false, null, '<h2>{{h2_children}}</h2>\n<p>{{children_p}}</p>'],
      [false, null, '{{children_p}}'],
      [false, null, '{{ children_title }}'],
      [false, null, '{{children_heading}}'],
      [false, null, '{{ childrenText }}'],
      [false, null, '${children_label}'],
      [true, null, '{{children_section}}'],
      [true, null, '{{> children-policy}}'],
    ],
  },
  // "Not covered by" a mention in an instruction to the author: a drafting checklist ("before publishing, complete …")
  // lists what the document has yet to say.
  'drafting checklists name topics the document has yet to cover': {
    topic: 'transfers',
    cases: [
      [false, null, 'Before publishing, complete at least: controller identity, legal basis, retention periods, international transfers and the privacy contact.'],
      [false, null, 'To do before launch: describe international data transfers and the safeguards used.'],
      [false, null, 'Fill in before publication: where data is hosted (EU or US), cross-border transfers, processors.'],
      [false, null, 'Still missing from this draft: the section on cross-border transfers.'],
      [false, null, 'Checklist for the author: add international transfers, Standard Contractual Clauses, retention.'],
      [true, null, 'Before we publish your profile, it is transferred to our servers in the United States.'],
      [true, null, 'International transfers: data is hosted in Germany.'],
      [true, null, 'Before publishing, we review each post. Posts are stored on servers in Canada.'],
    ],
  },
  'drafting instructions to add a section name topics the document has yet to cover': {
    topic: 'children',
    cases: [
      [false, null, 'If the app may be used by minors (under 18), add a clause about parental consent.'],
      [false, null, 'Add a section on children under 13 if your service is aimed at them.'],
      [false, null, 'Please insert a short paragraph about minors and parental consent.'],
      [false, null, 'To do before launch: decide the minimum age (13 or 16).'],
      [false, null, 'Before publishing, fill in:\n\n- the minimum age for users under 16\n- the parental consent flow'],
      [true, null, 'We add a note to the account of every user under 16.'],
      [true, null, 'You must be at least 16 years old to use Northwind. Add your birth date when you sign up.'],
    ],
  },
  // "A heading alone covers a topic only in an outline or skeleton draft"; "stored locally on your device alone" and
  // "we don't store X alone" do not cover retention. A section titled for retention that says only that answers off
  // the topic; one that also states a period or a trigger covers it.
  'retention: a retention heading over a body that only says data stays local or is not stored': {
    topic: 'retention',
    cases: [
      [false, 'Retention', 'All data stays on your own computer; the project runs no servers.'],
      [false, 'Data retention', 'Everything is stored locally on your device.'],
      [false, 'Storage', 'Your notes never leave your phone.'],
      [false, 'How long we keep your data', 'We do not collect or store any personal data.'],
      [false, 'Retention', 'No personal data is stored by the extension.'],
      [true, 'Retention', 'Everything is stored locally on your device until you uninstall the app.'],
      [true, 'Retention', 'Notes stay on your phone. Backups we make are deleted after 30 days.'],
      [true, 'Data retention', 'We keep account data as long as needed to run the service.'],
      [true, 'Retention', 'See the table below.'],
    ],
  },
  // "A slot for a period counts": a template slot alone on its line and named for a topic is where the generator puts
  // that topic's section. A slot named for something else, or inside a sentence about something else, is not.
  'slots: a template slot that stands for the topic\'s section': {
    topic: 'children',
    cases: [
      [true, null, '{{children_section}}'],
      [true, null, '{{ childrens_privacy }}'],
      [true, null, '{{> minors-policy}}'],
      [true, null, '${childrenSection}'],
      [true, 'Other matters', 'Some text first.\n\n{{kids_notice}}\n\nMore text after.'],
      [false, null, '{{cookies_section}}'],
      [false, null, '{{ content }}'],
      [false, null, 'See {{children_link}} for our other products.'],
      [false, null, '{{ site.title }}'],
    ],
  },
  'slots: a template slot for the international-transfers section': {
    topic: 'transfers',
    cases: [
      [true, null, '{{international_section}}'],
      [true, null, '{{ cross_border_transfers }}'],
      [true, null, '${internationalTransfers}'],
      [false, null, '{{marketing_section}}'],
      [false, null, '{{ business_transfers }}'],
    ],
  },
  // "A link to a contact page": under a section titled for contact, an address block of a name and web addresses is
  // where the reader reaches the operator. Not web addresses in a sentence that offers nothing, nor outside such a
  // section.
  'contact: an address block of a name and web addresses under a contact heading': {
    topic: 'contact',
    cases: [
      [true, 'Contact', 'Northwind LLC\nhttps://northwind.example\nhttps://docs.northwind.example'],
      [true, 'Contact us', 'Northwind Trading Ltd https://northwind.example'],
      [true, 'Who we are', 'Northwind Labs\nwww.northwind.example'],
      [true, 'Contact', 'Jane Doe, Northwind\nnorthwind.example/about'],
      [true, 'Questions', 'The Northwind team https://northwind.example/team'],
      [false, 'Contact', 'Our documentation lives at https://docs.northwind.example and explains every setting.'],
      [false, 'Security', 'Northwind LLC\nhttps://northwind.example'],
      [false, null, 'Built with Hugo https://gohugo.io'],
    ],
  },
  // "Removed when you uninstall": taking the software out of where it runs (kicking a bot, unlinking an integration)
  // ends the data it kept, when a lead-in or the sentence says data goes.
  'retention: removal of a bot or integration as the trigger': {
    topic: 'retention',
    cases: [
      [true, null, 'Stored data may be removed in one of these ways:\n\n- Kicking or banning the bot from your server.'],
      [true, null, 'All saved settings are deleted by removing the bot from your guild.'],
      [true, null, 'Your tokens are erased on disconnecting the integration.'],
      [true, null, 'Data we hold about your workspace is purged when unlinking the integration.'],
      [true, null, 'Deleting the bot from your server wipes its stored settings.'],
      [false, null, 'Kicking or banning the bot stops it from reading new messages.'],
      [false, null, 'You can disconnect the integration in the settings.'],
    ],
  },
  'headings: list items of rights do not name retention': {
    topic: 'retention',
    cases: [
      [false, null, 'You have the right to:\n\n- Request a copy of your data\n- Request deletion of your data (subject to legal retention obligations)\n- Withdraw consent'],
      [false, null, '- Data retention obligations may limit erasure\n- Portability'],
      [false, null, '| Right | How |\n| --- | --- |\n| Retention | Ask support |'],
      [true, null, 'You have the right to:\n\n- Request deletion; we then erase your data within 30 days'],
      [true, 'Data retention', 'We keep your account data while your account is open.'],
    ],
  },
  // "An age or minors": a comparison with a number of years is an age only about a person; the same words about how
  // long something lasts ("kept for at least 10 years", "inactive for over 3 years") are a period, not a minimum age.
  'children: periods of years are not ages': {
    topic: 'children',
    cases: [
      [false, null, 'Invoices are kept for at least 10 years.'],
      [false, null, 'Log files are retained for less than 5 years.'],
      [false, null, 'Accounts left unused for over 3 years are closed.'],
      [false, null, 'We have been running this service for over 15 years.'],
      [false, null, 'Signed contracts are stored at least 6 years after they end.'],
      [false, null, 'Backups older than 2 years are overwritten.'],
      [true, null, 'You must be at least 13 years old to sign up.'],
      [true, null, 'Users must be over 16 years of age.'],
      [true, null, 'The app is for people aged 18 years and up.'],
      [true, null, 'Only people at least 18 years can register.'],
      [true, null, 'Nobody under 16 may open an account.'],
    ],
  },
  // "A trigger or criterion": "while you're subscribed" is as much a trigger as "while your account is open"; "gone the moment
  // the edit is done" is a deletion on an event; "older than 90 days are purged" is a period (no age).
  'retention: keeping while a membership lasts, ending the moment something is done, data that is gone': {
    topic: 'retention',
    cases: [
      [true, null, 'We hang on to your email address only while you\'re subscribed to the newsletter.'],
      [true, null, 'Your profile is kept while you\'re a member of the club.'],
      [true, null, 'Order history stays in our database while you are still registered.'],
      [true, null, 'Photos you upload are gone the moment the edit is done.'],
      [true, null, 'Your draft is removed right after you send it.'],
      [true, null, 'Voice clips disappear the minute the call has ended.'],
      [true, null, 'Crash reports older than 90 days are purged automatically.'],
      [true, null, 'Tokens older than 12 hours are discarded.'],
      [false, null, 'While you\'re here, have a look at our blog.'],
      [false, null, 'The banner disappears when you scroll down.'],
      [false, null, 'You must be older than 16 to join.'],
      [false, null, 'Our office is closed while the team is away.'],
    ],
  },
  // "A minimum age": a service for adults or grown-ups only, or for users who are at least N, states who may use it.
  'children: adults-only services and a minimum age after who are': {
    topic: 'children',
    cases: [
      [true, null, 'This service is for grown-ups.'],
      [true, null, 'The Service is intended for users who are at least 18.'],
      [true, null, 'Our platform is designed exclusively for adults.'],
      [true, null, 'Membership is reserved for people of legal age.'],
      [true, null, 'Only customers who are over 21 may order.'],
      [false, null, 'Customers who are over 10 minutes late lose their slot.'],
      [false, null, 'This guide is for developers.'],
    ],
  },
  // "Not covered by child in an unrelated sense": a shop's children's books or a Kids category of a video site says nothing
  // about children's data; nor do the parents or guardians of adults.
  'children: products and categories for children, parents of adults': {
    topic: 'children',
    cases: [
      [false, null, 'We sell children\'s books and toys.'],
      [false, null, 'Browse our Kids category for cartoons.'],
      [false, null, 'New arrivals in kids clothing every week.'],
      [false, null, 'The baby products section is updated daily.'],
      [false, null, 'Parents and guardians of our adult patients may contact us.'],
      [false, null, 'We support trans staff, their managers and the parents of trans people.'],
      [true, null, 'We do not knowingly sell children\'s products to children under 13.'],
      [true, null, 'Parents can ask us to delete their child\'s account.'],
      [true, null, 'Kids under 13 may not use the shop.'],
    ],
  },
  // "Children" of a folder, a node or a menu: the words of a tree, not minors.
  'children: the children of a folder, node or menu': {
    topic: 'children',
    cases: [
      [false, null, 'The extension reads the selected folder and its children to build the index.'],
      [false, null, 'Deleting a category also deletes all of its child items.'],
      [false, null, 'It lists the children of the current node in the sidebar.'],
      [false, null, 'Each menu and its children are stored in your browser.'],
      [false, null, 'Syncing a directory with all its children may take a while.'],
      [true, null, 'We do not collect data from children under 13.'],
      [true, null, 'The app reads your folders; it is not meant for children.'],
    ],
  },
  // "A named handle or venue where the operator answers": a link to the organisation's own page on a social network where
  // it can be messaged is a channel; the network's own pages (its privacy policy, help, share links) are not.
  "contact: the organisation's own profile on a social network, offered as a way to reach it": {
    topic: 'contact',
    cases: [
      [true, null, 'Message us on Instagram at instagram.com/northwindapp.'],
      [true, null, 'Write to us via our LinkedIn page linkedin.com/company/northwind.'],
      [true, 'Contact', 'Facebook: https://www.facebook.com/northwindapp'],
      [true, null, 'Questions? Send a DM to https://x.com/northwind_dev.'],
      [true, null, 'You can reach us on Twitter (twitter.com/northwindtools).'],
      [false, null, 'Facebook\'s policy is at https://www.facebook.com/privacy/policy.'],
      [false, null, 'For questions about Instagram\'s own use of data, see https://help.instagram.com/519522125107875.'],
      [false, null, 'We use the Facebook pixel; learn more at facebook.com/business/help.'],
      [false, null, 'Share this page: https://www.facebook.com/sharer/sharer.php'],
    ],
  },
  // "A link to a contact page, contact form or data-request form": an agreement or policy that happens to sit under
  // /support/ is a document, not a channel.
  'contact: documents filed under a support or contact path are not a way to reach anyone': {
    topic: 'contact',
    cases: [
      [false, null, 'See the processing agreements at https://northwind.io/support/agreements.pdf.'],
      [false, null, 'Our data processing terms: https://northwind.io/support/general-processing-agreements.html'],
      [false, null, 'Our vendor\'s policy is published at https://northwind.io/help/vendor-policy.html.'],
      [false, null, 'Download the form template at https://northwind.io/forms/consent.docx.'],
      [true, null, 'For privacy questions use https://northwind.io/support.'],
      [true, null, 'Submit a request at https://northwind.io/privacy-request-form.'],
      [true, null, 'Contact us at https://northwind.io/contact-us/.'],
    ],
  },
  // "A provider named with no location" does not cover transfers, and neither does a section titled "Data transfers" whose
  // body names no place: the title asks the question (it supplies context), a sentence must answer it. "International
  // transfers" still covers by its title; an empty titled section in a skeleton still does.
  'transfers: a section titled for data transfers covers the topic only with a place or a movement abroad in it': {
    topic: 'transfers',
    cases: [
      [false, 'Servers and data transfer', 'The app uploads nothing to any server and uses no analytics.'],
      [false, 'Data transfers', 'We share data only with the payment processor.'],
      [false, 'Transfer of your personal data', 'Your data is sent over an encrypted connection.'],
      [true, 'Data transfers', 'Some of our processors store data in the United States.'],
      [true, 'Transfer of your personal data', 'Your data may be transferred to computers located outside of your governmental jurisdiction.'],
      [true, null, 'Information may be processed outside your state, province, country or other governmental jurisdiction.'],
      [true, 'International transfers', 'We rely on the safeguards described below.'],
    ],
  },
  // "Names where it is stored or hosted": the country can follow the provider as an appositive or in brackets, and a
  // cloud provider with its region is a place of storage; a provider named with no location still does not cover it.
  'transfers: a provider named with its country, a hosting provider with a region': {
    topic: 'transfers',
    cases: [
      [true, null, 'Our Company securely stores your data at OVH Ltd, France.'],
      [true, null, 'Hosting: Hetzner Online GmbH, Germany.'],
      [true, null, 'Data is hosted with Netlify, USA.'],
      [true, null, 'We use AWS (eu-west-1, Ireland).'],
      [true, null, 'Backups sit with our cloud provider - Switzerland.'],
      [false, null, 'We store your data on Firebase.'],
      [false, null, 'Contact us at Northwind Ltd, United Kingdom.'],
      [false, null, 'We use Google Analytics.'],
      [false, null, '| Name | Country |\n| --- | --- |\n| Jane Doe | Canada |'],
    ],
  },
  // "Not covered by rights sections for residents of a region": a law's scope ("rules for processing within the UK") and a
  // drafting slot about jurisdiction-specific rights say nothing about where data goes.
  "transfers: where a law applies, and slots about a jurisdiction's rights": {
    topic: 'transfers',
    cases: [
      [false, null, 'The UK GDPR and the Data Protection Act 2018 establish rules for the processing of personal information within the UK.'],
      [false, null, 'These regulations govern how personal data is handled in the European Union.'],
      [false, null, '[Add jurisdiction-specific rights here.]'],
      [false, null, '[Insert the laws of your country.]'],
      [true, null, '[Country of storage]'],
      [true, null, 'We comply with the GDPR, which applies in the EU, and host all data in Germany.'],
      [true, null, 'Your data is processed in accordance with applicable laws and stored in the EU.'],
    ],
  },
  // "Removed when you uninstall" ends data that was kept; uninstalling to stop collection keeps nothing and deletes
  // nothing. A wait between requests or a timeout is a period of time, not of keeping data.
  'retention: stopping collection by uninstalling, and the timing of requests, are no retention': {
    topic: 'retention',
    cases: [
      [false, null, 'You can stop all collection of the location data we store by uninstalling the app.'],
      [false, null, 'You may stop our collection of the data we store by following the uninstall process to remove the app from your phone.'],
      [false, null, 'To end tracking of the pages we log, remove the extension from your browser.'],
      [false, null, 'The plugin caches artwork and spaces its requests by at least one second.'],
      [false, null, 'Without a retry header it pauses requests to the storage service for one minute.'],
      [false, null, 'Requests to our storage API time out after 30 seconds and are retried once.'],
      [false, null, 'The app checks for new saved messages every 15 minutes.'],
      [true, null, 'Uninstalling the app stops collection and deletes everything it stored.'],
      [true, null, 'Cached results are deleted after 24 hours.'],
      [true, null, 'Rate-limit counters are kept for one hour and then discarded.'],
    ],
  },
  // Terse statements as tables and short answers make them: a column headed "Kept for" gives periods; the end of a
  // named period ("the school year") is a trigger.
  'retention, children, transfers: terse forms (a Kept for column, the end of a school year, only adults, servers in the US)': {
    topic: 'retention',
    cases: [
      [true, null, '| Data | Kept for |\n| --- | --- |\n| Invoices | 10 years |'],
      [true, null, 'Your data will be erased at the end of the school year.'],
      [true, null, 'Entries are deleted at the end of each tournament season.'],
      [true, null, 'Sign-up sheets are destroyed by the end of the summer programme.'],
      [false, null, '| Task | How long |\n| --- | --- |\n| Reply to tickets | 2 days |'],
      [false, null, 'At the end of the school year we publish a report.'],
    ],
  },
  // "A minimum age": only adults may use it.
  'children: only adults': {
    topic: 'children',
    cases: [
      [true, null, 'Only adults may create an account.'],
      [true, null, 'Adults only: the shop sells wine.'],
      [true, null, 'Only grown-ups can register.'],
      [true, null, 'Adults may sign up; nobody else.'],
      [true, null, 'We accept only people of legal age.'],
      [false, null, 'Only admins may create an account.'],
    ],
  },
  // "Servers in the United States" as it is most often written.
  'transfers: in the US': {
    topic: 'transfers',
    cases: [
      [true, null, 'Our servers are in the US.'],
      [true, null, 'Backups are replicated to the US.'],
      [true, null, 'Some vendors are located outside the US.'],
      [true, null, 'Your data may be processed within the US.'],
      [false, null, 'Tell us about the US of your dreams.'],
      [false, null, 'Let the people in the team contact us.'],
    ],
  },
  // "A link to a contact page, contact form or data-request form": Markdown's reference-style links keep the target in
  // a definition elsewhere in the text ([text][ref], [ref][], [ref]); it is read after the link's text, as an inline
  // link's target is. A definition nobody links to, a page section (#…) and a third party's page are no channel.
  'contact: reference-style links whose target is defined elsewhere': {
    topic: 'contact',
    cases: [
      [true, null, 'For any privacy question, [write to us][privacy].\n\n[privacy]: mailto:privacy@northwind.example'],
      [true, null, 'Requests about your data go through [our request form][].\n\n[our request form]: https://northwind.example/data-request'],
      [true, null, 'To delete your data, [reach out][2] and we will help.\n\nWe reply within a week.\n\n[2]: /contact'],
      [true, null, 'Found a privacy problem? Report it on the [tracker].\n\n[tracker]: https://git.northwind.example/app/issues'],
      [true, null, 'Para dúvidas sobre os seus dados, [fale conosco][c].\n\n[c]: mailto:dados@northwind.example'],
      [true, 'Contact', '- [Email the maintainer][m]\n\n[m]: <mailto:dev@northwind.example>'],
      [true, null, 'Questions? [Contact the team][1].\n\n[1]: https://northwind.example/'],
      [false, null, 'Read the [Google policy][g] for more.\n\n[g]: https://policies.google.com/privacy'],
      [false, null, 'See [section 4][s4] on how long we keep data.\n\n[s4]: #retention'],
      [false, null, 'Our [blog][b] has news about the app.\n\n[b]: https://northwind.example/blog'],
      [false, null, 'We log the [HTTP method][m] of each request.\n\n[m]: https://en.wikipedia.org/wiki/HTTP#Request_methods'],
      [false, null, 'We log the [HTTP method](https://en.wikipedia.org/wiki/HTTP#Request_methods) of each request.'],
      [false, null, 'Questions are welcome.\n\n[privacy]: mailto:privacy@northwind.example'],
    ],
  },
  // "An e-mail address, including deliberately obfuscated ones": the "at" and "dot" written between underscores, in
  // brackets of any kind, with or without spaces, in any case.
  'contact: obfuscated e-mail addresses in any notation': {
    topic: 'contact',
    cases: [
      [true, null, 'Write to privacy_AT_northwind.example for requests.'],
      [true, null, 'Requests: jo.doe__at__mail__dot__example for privacy matters.'],
      [true, null, 'E-mail me at jo.doe [AT] northwind [DOT] example.'],
      [true, null, 'Mail privacy&lt;at&gt;northwind.example with questions.'],
      [true, null, 'Contact: office {at} northwind {dot} example'],
      [true, null, 'Questions to privacy( at )northwind( dot )example please.'],
      [true, null, 'Send your request to <code>&lt;office_AT_northwind.example></code> by e-mail.'],
      [true, null, 'Send requests to dpo-office__at__northwind.example.'],
      [true, null, 'PRIVACY_AT_NORTHWIND_DOT_EXAMPLE is our mailbox for requests.'],
      [true, null, 'Fragen zum Datenschutz: jana punkt vogel at posteo punkt de'],
      [true, null, 'Escríbenos a privacidad at nortevento punto es para ejercer tus derechos.'],
      [true, null, 'Kontakt w sprawie danych: biuro at lisek kropka pl'],
      [true, null, 'Dúvidas: contato at raposa ponto com ponto br'],
      [true, null, 'Requests: fox at quietmail dot org'],
      [false, null, 'Wir antworten at the latest punkt 8 Uhr.'],
      [false, null, 'Look at the point of each clause before you agree.'],
      [false, null, 'Der Termin ist um Punkt acht at the office.'],
      [false, null, 'We store data_at_rest in encrypted volumes.'],
      [false, null, 'The field created_at_ts.value() is set by the server.'],
      [false, null, 'Data is encrypted at rest and in transit.'],
    ],
  },
  // "A named handle ... where the operator answers (a Discord user, an issue tracker)": a platform named with the handle
  // after a colon, in brackets or with an @; an issue tracker named without a link (Japanese pack). Not a platform
  // named for what it is, nor "contact us" alone.
  'contact: handles after a platform name, issue pages named without a link': {
    topic: 'contact',
    cases: [
      [true, null, 'You can reach the developer on Discord: [quietfox]'],
      [true, null, 'For privacy questions, message me on Telegram: @quietfox'],
      [true, null, 'Requests go to the maintainer (Matrix: @fox:matrix.example).'],
      [true, null, 'Questions? Ping us on Mastodon: (@quietfox)'],
      [true, null, 'Ask the bot owner about your data, Discord user: fox_1984'],
      [true, null, 'Para ejercer tus derechos, escribe al autor del bot por Discord: [zorro_quieto]'],
      [true, null, 'データ削除のご依頼は、GitHubのIssuesにお寄せください。'],
      [true, null, 'ご意見は、GitHubリポジトリのDiscussionsにお寄せください。'],
      [true, null, '削除のご依頼は<a href="/inquiry">問い合わせページ</a>からお願いします。'],
      [false, null, 'We use Discord: a chat platform run by a third party.'],
      [false, null, 'Sign in with GitHub: we receive your public profile.'],
      [false, null, 'Signal: we read no messages.'],
      [false, null, '本アプリはGitHubでソースコードを公開しています。'],
      [false, null, '個人情報に関するご相談は、お問い合わせ窓口までご連絡ください。'],
    ],
  },
  // A site page written as HTML in a Markdown file, indented so that remark takes it for a code block: its text and its
  // link targets are read, its tags are not.
  'contact: HTML indented in Markdown (a code block to remark) offering a link': {
    topic: 'contact',
    cases: [
      [true, null, '<div>\n\n    <div class="row">\n        If you have questions, please contact through <a href="https://quietfox.example/">my website</a>\n    </div>'],
      [true, null, '    <p>If you have questions, contact through <a href="https://quietfox.example/">my home page</a>, please.</p>'],
      [true, null, '    <p>Privacy questions: reach me via <a href="https://quietfox.example/">this page</a>.</p>'],
      [true, null, '    <li>To ask about your data, contact me through <a href="https://quietfox.example/about">this page</a></li>'],
      [true, null, '        <span>Send feedback through <a href="https://quietfox.example">our site</a>.</span>'],
      [true, null, '```text\nGet in touch using <a href="https://quietfox.example/x">this link</a>\n```'],
      [true, null, '    For privacy requests, write to <a href="mailto:dev@quietfox.example">the developer</a>.'],
      [true, null, '    <div>Questions about your data? Email us using <a href="https://quietfox.example/">our site</a>.</div>'],
      [true, null, '```\nPrivacy requests: reach out via <a href="https://quietfox.example/me">my homepage</a>\n```'],
      [false, null, '    <p>Questions? We are happy to help.</p>'],
      [false, null, '    <a href="https://quietfox.example/blog">Read our blog</a>'],
    ],
  },
  // "Names where it is stored or hosted": a field labelled as the hosting region or location, whose value is a place or a
  // slot for one (a fill-in field covers, as a slot for a period does); a cloud service set up in a place (Chinese).
  // Not a business location, a region of residence in a rights section, or an event venue.
  'transfers: a hosting region or location given as a labelled field, or a slot for one': {
    topic: 'transfers',
    cases: [
      [true, 'Data Processing and Storage', '- **Provider:** Northwind Cloud\n- **Region:** [REPLACE: e.g., Australia East]'],
      [true, 'Data Processing and Storage', '- **Region:** Australia East'],
      [true, 'Hosting', 'Server location: Canada'],
      [true, null, 'Our database is hosted by Northwind Cloud. Data center location: [to be confirmed]'],
      [true, 'Data storage', 'Storage region: the European Union.'],
      [true, null, 'We store backups with Northwind Cloud (region: [select a region]).'],
      [true, null, 'Our files are stored by Northwind Cloud. Storage region: [TBD].'],
      [true, 'Hosting', 'Server location: [choose one]'],
      [true, null, '我們的雲端服務設在臺灣的機房。'],
      [true, null, '我们的云端主机位于新加坡。'],
      [false, 'Contact', 'Location: [Your city]\n\nEmail: a@northwind.example'],
      [false, 'About us', 'Region: Europe, our sales team covers it.'],
      [false, 'Events', 'Location: Germany (Berlin office)'],
      [false, 'Your rights', 'Region: [your state]'],
    ],
  },
  // "A heading alone covers a topic only in an outline or skeleton draft, where the missing body is the author's known
  // to-do": a section titled for the topic whose text is all instructions to the author is that to-do. Not a section
  // with prose that offers no channel, an empty section of a finished policy, nor a to-do under another title.
  'contact: a contact section whose text is only a drafting to-do': {
    topic: 'contact',
    cases: [
      [true, 'Contact', 'The help-desk e-mail and web address have to be finalised before release.'],
      [true, 'Contact', 'Put your company name, support e-mail and office address here.'],
      [true, 'Contact us', 'The privacy e-mail address is still to be decided.'],
      [true, 'Questions', 'Please insert the support address here.'],
      [true, 'Data protection officer', 'The DPO contact details have yet to be confirmed.\n\nPut the DPO phone number here.'],
      [true, 'Contact', 'Our mailbox has to be set up before launch.'],
      [false, 'Contact', 'We would love to hear from you.'],
      [false, 'Contact', 'Feel free to get in touch. Add your thoughts here, we read them all.'],
      [false, 'Contact', 'Consent must be provided before we process data.'],
      [false, 'Other', 'The support address needs to be finalized.'],
    ],
  },
  // "A trigger or criterion": retention written as how long data is *processed* ("processed until you withdraw
  // consent", "for the duration of the contract"), as GDPR-shaped policies put it, in English and Polish. Not the
  // handling time of a request or a payment, nor processing without an end.
  'retention: a processing period with a trigger (processed until / for the duration of)': {
    topic: 'retention',
    cases: [
      [true, null, 'Data is processed for the duration of the service.'],
      [true, null, 'Your data is processed until you withdraw consent.'],
      [true, null, 'We process order details for as long as your account exists.'],
      [true, null, 'Survey records are processed for the lifetime of the project.'],
      [true, null, 'Applicant information will be processed until the position is filled.'],
      [true, null, 'We process your personal data for the term of the contract.'],
      [true, null, 'Administratorem danych jest firma Northwind. Dane klientów są przetwarzane przez okres trwania umowy z klientem.'],
      [true, null, 'Administratorem danych jest firma Northwind. Dane osobowe przetwarzamy do czasu wycofania zgody przez użytkownika.'],
      [false, null, 'We process your request within one month.'],
      [false, null, 'Requests are processed in the order they arrive.'],
      [false, null, 'We process payments until the end of the month.'],
      [false, null, 'We process data lawfully and fairly.'],
      [false, null, 'Administratorem danych jest firma Northwind. Zgłoszenia przetwarzamy w ciągu 30 dni od otrzymania.'],
    ],
  },
  // A keeping or deleting act says nothing about retention when what is kept or removed is not personal data (an ad, a
  // link, a library), when the "trigger" is no event in the data's life (an idiom, a concessive "while", a tool that is
  // no longer used, a wish to be taken off a list) or when a cookie's life on the visitor's browser is described.
  'retention: acts on things that are not personal data, triggers that are no event of the data': {
    topic: 'retention',
    cases: [
      [false, null, 'Buying the premium pack removes all ads, and the advertising library is no longer used.'],
      [false, null, 'We may remove the link to your site at any time upon request.'],
      [false, null, 'Links to partner sites are removed when the partnership ends.'],
      [false, null, 'Upgrading deletes the watermark from every exported image after payment.'],
      [false, null, 'Our site is hosted by a university and stored somewhere on their servers. At the end of the day, Dutch law applies.'],
      [false, null, 'While you are not able to delete your username entirely, you can hide it from other members.'],
      [false, null, 'Message text is not stored; it is only read during processing.'],
      [false, null, 'Attachments are never saved and only scanned during the upload.'],
      [false, null, 'If you later wish to be removed from our newsletter list, write to us.'],
      [false, null, 'Once you close your browser, the session cookie disappears.'],
      [false, null, 'The analytics SDK is no longer used once you opt out, and nothing else is stored.'],
      [true, null, 'We delete your account data when your account is no longer used for two years.'],
      [true, null, 'Accounts that are no longer in use are deleted together with their data.'],
      [true, null, 'We keep your data while you are a member and erase it when you leave.'],
      [true, null, 'Call recordings are kept only during the review and erased after it.'],
      [true, null, 'We keep invoices for the year in which they are issued and six years after.'],
      [true, null, 'Logs are deleted at the end of the day on which they are written.'],
      [true, null, 'When you ask to be removed from the newsletter, we delete your address within 30 days.'],
      [true, null, 'Support tickets are kept for a month after they are closed.'],
      [true, null, 'Download links are deleted after 24 hours.'],
      [true, null, 'We keep bug reports for 90 days.'],
      [true, null, 'We store links to your uploaded files for 30 days.'],
    ],
  },
  // A retention title over a body that only says data stays on the user's own device does not cover the topic by
  // itself, in any language of the packs.
  'retention: a retention title over a body that only says data stays on the device, in other languages': {
    topic: 'retention',
    cases: [
      [false, 'Przechowywanie danych', 'Administratorem aplikacji jest firma Northwind, która nie sprzedaje danych i dba o twoje dane oraz prywatność. Wszystkie notatki są zapisywane wyłącznie na urządzeniu użytkownika.'],
      [false, 'Conservazione', 'Il titolare del progetto è Northwind, che tratta i dati degli utenti con la massima cura. Tutti i dati rimangono sul tuo dispositivo e non vengono inviati a nessun server.'],
      [false, 'Speicherdauer', 'Verantwortlich für die App ist Northwind, und wir können Ihnen helfen, wenn Sie Fragen haben. Alle Einträge bleiben ausschließlich auf Ihrem Gerät.'],
      [false, 'Conservation des données', "Le responsable de l'application est Northwind, qui protège vos données et celles de votre famille dans cette application. Toutes vos notes restent sur votre appareil."],
      [false, 'Conservación de datos', 'El responsable de la aplicación es Northwind, que protege los datos de sus usuarios y las preferencias de cada uno. Todos los datos permanecen en tu dispositivo.'],
      [false, 'Retenção de dados', 'O responsável pelo aplicativo é a Northwind, que não vende seus dados nem suas informações. Todos os dados ficam no seu dispositivo.'],
      [false, 'Bewaartermijn', 'De verantwoordelijke voor de app is Northwind, en wij zijn er voor uw vragen over het gebruik van een account. Alle gegevens blijven op je eigen apparaat.'],
      [true, 'Przechowywanie danych', 'Administratorem aplikacji jest firma Northwind, która nie sprzedaje danych i dba o twoje dane oraz prywatność. Dane konta przechowujemy przez 12 miesięcy od ostatniego logowania.'],
      [true, 'Speicherdauer', 'Verantwortlich für die App ist Northwind, und wir können Ihnen helfen, wenn Sie Fragen haben. Wir speichern Ihre Kontodaten bis zur Löschung Ihres Kontos.'],
      [true, 'Conservazione', 'Il titolare del progetto è Northwind, che tratta i dati degli utenti con la massima cura. I dati rimangono sul tuo dispositivo e vengono cancellati dopo 30 giorni.'],
    ],
  },
  // Rights that the law of a region gives its residents say nothing about where data goes (labelling guide: "rights
  // sections for residents of a region"), however the region is brought in; nor does a section on export controls.
  'transfers: rights of residents of a region, by state or country of residence; export-control sections': {
    topic: 'transfers',
    cases: [
      [false, null, 'In certain regions, such as the EEA and Switzerland, you have rights that give you more control over and access to your data.'],
      [false, null, 'In some jurisdictions, like the United Kingdom or Canada, you may have the right to access the data we hold.'],
      [false, null, 'Depending on your state of residence in the US, you can ask us what we store about you.'],
      [false, null, 'Under the laws of your country of residence in the EU, you may request access to your records.'],
      [false, null, 'Based on your region or country of residence in Europe, you may be able to access and correct what we keep.'],
      [false, null, 'In some states, for example California, you have additional rights to access the information we process.'],
      [true, null, 'We transfer data to other countries, such as the United States, where our servers are located.'],
      [true, null, 'In some regions, such as the EEA, you have extra rights, and all data is hosted in Ireland.'],
      [true, null, 'Whatever your country of residence, your data is stored on servers in Germany.'],
      [true, null, 'Depending on your state of residence in the US, your records are hosted in Virginia or Oregon.'],
      [false, 'International and export restrictions', 'You may not use the app where its use is prohibited by law.'],
      [false, 'Export controls', 'You are responsible for following the trade rules of the place where you use the service.'],
      [false, 'International use and export compliance', 'The software may not be re-exported without permission.'],
      [true, 'International transfers', 'Our servers are in Ireland.'],
      [true, 'Export controls and data location', 'We store all data in Germany.'],
    ],
  },
  // A link given as the place for questions about the policy or one's data is a channel (labelling guide: a link to a
  // contact page or form, absolute or relative), in any language of the packs; a link given for something else is not.
  'contact: a link offered for questions about the policy or your data': {
    topic: 'contact',
    cases: [
      [true, null, 'For questions about this policy or your data: https://northwind.example.org'],
      [true, null, 'For any inquiries regarding these terms: www.northwind.example.org/help'],
      [true, null, 'With concerns about how we handle your information: [our help desk](/support/new).'],
      [true, null, 'Northwind verwerkt zo weinig mogelijk gegevens van bezoekers van de website. Voor vragen over dit beleid of je gegevens: https://northwind.example.nl'],
      [true, null, 'Northwind verarbeitet so wenige Daten wie möglich über die Besucher der Website. Wir verarbeiten Ihre Daten nur, wenn es für den Betrieb nötig ist und wir dazu berechtigt sind. Für Fragen zum Datenschutz: https://northwind.example.de/kontakt'],
      [true, null, "Northwind traite le moins de données possible sur les visiteurs du site. Pour toute question sur cette politique : https://northwind.example.fr"],
      [true, null, 'Northwind trata los menos datos posibles de los visitantes del sitio web. Para cualquier consulta sobre esta política: https://northwind.example.es'],
      [false, null, 'For questions about this policy, please contact us.'],
      [false, null, 'For the full text of the regulation about data protection, see https://eur-lex.example.eu/gdpr.'],
      [false, null, 'Questions about our products are answered in the shop.'],
    ],
  },
  // What is named as the service itself (the site or bot that is operated) is not offered as a way to reach anyone; a
  // bracket that lists kinds of contact data ("address, phone, e-mail, etc.") is a list, not a slot for an address;
  // a bracketed slot for an e-mail address is one in any language.
  'contact: the service named as what is operated, lists of contact data in brackets, e-mail slots in other languages': {
    topic: 'contact',
    cases: [
      [false, null, 'Northwind operates the website https://northwind.example.org and the Telegram bot @northwind_bot. If you have questions, contact us.'],
      [false, null, 'We run the Discord bot @Northwind and the site northwind.example.org; please get in touch with any concerns.'],
      [false, null, 'Northwind develops the app Northwind Notes (https://notes.example.org). Contact us with questions.'],
      [false, null, '北风公司提供本服务，欢迎提出意见。你可以随时修改你原先提供的资料（地址、电话、电子邮件等）。'],
      [false, null, 'Northwindは本サービスを運営しています。登録情報（住所、電話、メール等）はいつでも変更できます。'],
      [false, null, 'Northwind ("nosotros") opera el sitio web https://northwind.example.es y el bot de Telegram @northwind_bot. Esta página explica cómo tratamos los datos de los usuarios. Si tiene dudas, contáctenos.'],
      [false, null, 'Northwind betreibt die Website https://northwind.example.de und den Telegram-Bot @northwind_bot. Wir können Ihnen helfen, wenn Sie Fragen haben, und sind für Sie da.'],
      [false, null, "Northwind exploite le site https://northwind.example.fr et le bot Discord @northwind. Nous protégeons vos données et celles de vos proches."],
      [true, null, 'Northwind opera el sitio web https://northwind.example.es y protege los datos de sus usuarios. Para consultas sobre privacidad, escríbanos a privacidad@northwind.example.es.'],
      [true, null, 'Northwind operates the website https://northwind.example.org. For privacy questions, message us on Telegram at @northwind_help.'],
      [true, null, 'Northwind runs this app; you can reach our privacy team at privacy@northwind.example.org.'],
      [true, null, '北风公司提供本服务，欢迎提出意见。如有问题，请联系（电子邮件地址）。'],
      [true, null, 'تدير شركة نورثويند هذا التطبيق وتحترم خصوصية المستخدمين. لأي استفسار حول هذه السياسة: [بريدك الإلكتروني]'],
      [true, null, 'Компания Нортвинд управляет этим приложением и уважает вашу конфиденциальность. По вопросам пишите: [адрес электронной почты]'],
    ],
  },
  // Polish verbs of deleting in the third person ("usuwa", "usuwają", "usunie", "usuną": the service or the app removes),
  // as the pack already read "usuwamy" and "usuniemy" (we remove), and periods after "po" in the locative ("po 30
  // dniach", "po 2 latach"), as it read "30 dni".
  'retention: Polish deleting verbs in the third person, periods in the locative': {
    topic: 'retention',
    cases: [
      [true, null, 'Lisek nie wysyła żadnych danych przez internet lub do innych firm. Po zamknięciu konta aplikacja usuwa wszystkie dane.'],
      [true, null, 'Lisek nie wysyła żadnych danych przez internet lub do innych firm. Serwis usunie Twoje dane po 30 dniach.'],
      [true, null, 'Lisek nie wysyła żadnych danych przez internet lub do innych firm. Administratorzy usuwają konta nieaktywne przez 12 miesięcy.'],
      [true, null, 'Lisek nie wysyła żadnych danych przez internet lub do innych firm. Operatorzy usuną dane po zakończeniu umowy.'],
      [true, null, 'Lisek nie wysyła żadnych danych przez internet lub do innych firm. Aplikacja usuwa historię po 7 dniach.'],
      [false, null, 'Lisek nie wysyła żadnych danych przez internet lub do innych firm. Aplikacja usuwa reklamy z ekranu.'],
      [false, null, 'Lisek nie wysyła żadnych danych przez internet lub do innych firm. Możesz usunąć aplikację.'],
    ],
  },
  // A processor's region ("Sentry, EU region"), servers of a country, and a list of countries under a lead-in that says
  // data is stored there, in any language of the packs, name where data is (labelling guide: "names where it is
  // stored or hosted").
  'transfers: a processor\'s region, servers of a country, countries listed under a storage lead-in': {
    topic: 'transfers',
    cases: [
      [true, null, 'Crash reports are sent to our error tracker (Sentry, EU region - o123456789.ingest.example.io) when you allow it.'],
      [true, null, 'Backups go to our storage provider, which uses EU servers only.'],
      [true, null, 'Our analytics provider keeps the events in its Germany data center.'],
      [true, null, 'Northwind usa los datos de sus clientes solo para el servicio. La información será transmitida y almacenada por el proveedor en los servidores de Estados Unidos.'],
      [true, null, 'A Northwind usa os dados dos clientes apenas para o serviço. As informações são armazenadas nos servidores dos Estados Unidos.'],
      [true, null, '노스윈드는 서비스 제공을 위해 최소한의 정보만 수집합니다. 사용자 데이터는 클라우드 서버에 저장되며, 다음 위치에 있을 수 있습니다:\n\n- 미국\n- 유럽 연합'],
      [true, null, '北风公司只为提供服务收集最少的信息。用户数据保存在云端服务器，可能位于以下地区：\n\n- 美国\n- 日本'],
      [false, null, 'Contact us for questions about EU regulations.'],
      [false, null, 'We send the newsletter to our US customers.'],
      [false, null, '노스윈드는 서비스 제공을 위해 최소한의 정보만 수집합니다. 다음 국가의 사용자는 추가 권리를 가질 수 있습니다: 미국 또는 유럽 연합 거주자.'],
      [false, null, 'Northwind usa los datos de sus clientes solo para el servicio. Los servidores de juego están abiertos a jugadores de todo el mundo.'],
    ],
  },
};

describe('topic recognition: classes of statement', () => {
  for (const [name, { topic, cases }] of Object.entries(CLASSES)) {
    describe(name, () => {
      for (const [expected, heading, text] of cases) {
        it(`${expected ? 'covered' : 'not covered'}: ${heading ? `[${heading}] ` : ''}${text}`, () => {
          const doc = ['# Privacy policy', 'This policy describes how Northwind handles information.', ...(heading ? [`## ${heading}`] : []), text].join('\n\n') + '\n';
          const coverage = recognizeTopics(parseDocument(doc, { format: 'markdown' }), emptyConfig());
          assert.equal(coverage.covered.has(topic), expected, JSON.stringify(coverage.covered.get(topic)?.[0]?.reason ?? null));
        });
      }
    });
  }
});
