import assert from 'node:assert/strict';
import { recognizeTopics, TOPICS } from './index.ts';
import { compileTopic } from './compile.ts';
import { LANGUAGES, languagesOf, withLanguages } from './languages.ts';
import { emptyConfig } from '../config/resolve.ts';
import { parseDocument } from '../parse/index.ts';

// The core topics in the languages policies are most often written in besides English, each in several phrasings of
// our own (period, trigger, vague; channel words and forms; ages and minors; server locations, transfers abroad and
// their safeguards), with the traps each language has (a governing-law clause, a company address, a deletion right
// or "we store nothing" on its own). Each case is a Markdown document: a title, a neutral opening sentence, then the
// optional section heading and the sentence, which alone decides the topic. The opening is long enough for the
// document to show its language (engine/topics/languages.ts reads a pack only for a document in its language).
type Case = [topic: string, covered: boolean, heading: string | null, sentence: string];

const CASES: Record<string, { title: string; intro: string; cases: Case[] }> = {
  de: {
    title: 'Datenschutzerklärung',
    intro: 'Diese Erklärung beschreibt, wie wir mit Ihren Angaben umgehen. Bitte lesen Sie sie sorgfältig.',
    cases: [
      ['retention', true, null, 'Bestelldaten bewahren wir zehn Jahre lang auf, wie es das Handelsrecht verlangt.'],
      ['retention', true, null, 'Server-Logs werden nach 14 Tagen automatisch gelöscht.'],
      ['retention', true, null, 'Ihre Kontodaten speichern wir, bis Sie Ihr Konto löschen.'],
      ['retention', true, null, 'Personenbezogene Daten werden nur so lange gespeichert, wie es für den jeweiligen Zweck erforderlich ist.'],
      ['retention', true, null, 'Anonymisierte Statistiken behalten wir unbefristet.'],
      ['retention', true, null, 'Nach Ablauf der gesetzlichen Aufbewahrungsfristen werden die Daten vernichtet.'],
      ['retention', true, 'Wie lange speichern wir Ihre Daten?', 'Das hängt vom Zweck ab.'],
      ['retention', true, 'Speicherdauer', 'Siehe die Übersicht unten.'],
      ['retention', false, null, 'Wir speichern keine personenbezogenen Daten.'],
      ['retention', false, null, 'Sie können jederzeit die Löschung Ihrer Daten verlangen.'],
      ['retention', false, null, 'Alle Einstellungen werden lokal auf Ihrem Gerät gespeichert.'],
      ['contact', true, null, 'Bei Fragen zum Datenschutz erreichen Sie uns unter datenschutz@beispiel.test.'],
      ['contact', true, 'Kontakt', 'Nutzen Sie bitte unser [Kontaktformular](/kontakt).'],
      ['contact', true, null, 'Anfragen zu Ihren Daten richten Sie bitte über das Kontaktformular auf unserer Website an uns.'],
      ['contact', true, 'Verantwortliche Stelle', 'Muster GmbH, Lindenweg 5, 10115 Berlin'],
      ['contact', true, 'Ansprechpartner', 'Telefon: +49 30 9876 5430'],
      ['contact', false, null, 'Bei Fragen kontaktieren Sie uns bitte.'],
      ['contact', false, 'Kontakt', 'Wir freuen uns über Ihre Nachricht.'],
      ['children', true, null, 'Unser Angebot richtet sich nicht an Kinder unter 16 Jahren.'],
      ['children', true, null, 'Personen unter 18 Jahren dürfen die App nur mit Zustimmung der Eltern nutzen.'],
      ['children', true, null, 'Wir erheben wissentlich keine Daten von Minderjährigen.'],
      ['children', true, 'Minderjährige', 'Bitte beachten Sie die Hinweise.'],
      ['children', false, null, 'Wir nutzen Ihr Alter, um Inhalte anzupassen.'],
      ['transfers', true, null, 'Unsere Server stehen in Deutschland.'],
      ['transfers', true, null, 'Ihre Daten werden auf Servern in Frankfurt am Main gespeichert.'],
      ['transfers', true, null, 'Eine Übermittlung in Drittländer findet nicht statt.'],
      ['transfers', true, null, 'Wenn Dienstleister Daten außerhalb der EU verarbeiten, stützen wir uns auf die Standardvertragsklauseln der EU-Kommission.'],
      ['transfers', true, 'Datenübermittlung in Drittstaaten', 'Siehe unten.'],
      ['transfers', false, null, 'Es gilt das Recht der Bundesrepublik Deutschland.'],
      ['transfers', false, null, 'Muster GmbH, Lindenweg 5, 10115 Berlin, Deutschland'],
      ['transfers', false, null, 'Bei einem Verkauf des Unternehmens können Daten an den Käufer übertragen werden.'],
      ['retention', true, null, 'Die Daten werden gelöscht, sobald sie für die Erreichung des Zweckes ihrer Erhebung nicht mehr erforderlich sind.'],
      ['retention', true, null, 'Die IP-Adresse wird nach sieben Tagen anonymisiert.'],
      ['retention', true, null, 'Eine darüber hinausgehende Speicherung erfolgt nur, wenn gesetzliche Aufbewahrungspflichten bestehen.'],
      ['retention', true, null, 'Die Logfiles werden für die Dauer von 30 Tagen vorgehalten.'],
      ['retention', true, null, 'Ihre Angaben verbleiben bei uns, bis Sie uns zur Löschung auffordern.'],
      ['retention', true, 'Dauer der Speicherung', 'Siehe unten.'],
      ['retention', false, null, 'Sie haben das Recht, die Löschung Ihrer Daten zu verlangen, nachdem Sie Ihr Konto gekündigt haben.'],
      ['retention', false, null, 'Wir geben Ihre Daten nicht an Dritte weiter.'],
      ['contact', true, null, 'Den Datenschutzbeauftragten erreichen Sie per E-Mail unter dsb@beispiel.test.'],
      ['contact', true, 'Verantwortlicher', 'Beispiel AG, Postfach 12 34, 80331 München'],
      ['contact', true, null, 'Fragen zum Datenschutz können Sie jederzeit über unser Kontaktformular stellen.'],
      ['children', true, null, 'Die Nutzung ist erst ab 16 Jahren erlaubt.'],
      ['children', true, null, 'Kinder und Jugendliche sollten die Website nur mit Erlaubnis ihrer Eltern besuchen.'],
      ['transfers', true, null, 'Die Verarbeitung erfolgt ausschließlich auf Servern innerhalb der Europäischen Union.'],
      ['transfers', true, null, 'Google kann die Informationen an Server in den USA übertragen.'],
      ['transfers', true, null, 'Für Übermittlungen in die USA stützen wir uns auf das EU-U.S. Data Privacy Framework.'],
      ['transfers', false, null, 'Gerichtsstand ist München.'],
    ],
  },
  fr: {
    title: 'Politique de confidentialité',
    intro: 'Cette politique explique comment nous traitons vos informations. Nous vous invitons à la lire attentivement.',
    cases: [
      ['retention', true, null, 'Nous conservons vos données pendant trois ans à compter de votre dernière activité.'],
      ['retention', true, null, 'Les journaux de connexion sont supprimés au bout de 12 mois.'],
      ['retention', true, null, "Vos données sont conservées jusqu'à la suppression de votre compte."],
      ['retention', true, null, 'Les données sont conservées pendant la durée nécessaire aux finalités décrites.'],
      ['retention', true, null, 'Les messages sont effacés dès leur livraison.'],
      ['retention', true, 'Durée de conservation', 'Voir ci-dessous.'],
      ['retention', true, 'Combien de temps conservons-nous vos données ?', 'Cela dépend du service.'],
      ['retention', false, null, 'Nous ne stockons aucune donnée personnelle.'],
      ['retention', false, null, 'Vous pouvez demander la suppression de vos données à tout moment.'],
      ['contact', true, 'Nous contacter', 'Utilisez notre formulaire : https://exemple.test/contact'],
      ['contact', true, null, 'Pour toute question, écrivez-nous à dpo@exemple.test.'],
      ['contact', true, null, 'Vous pouvez exercer vos droits via le formulaire de contact de notre site.'],
      ['contact', true, 'Responsable du traitement', 'Exemple SAS, 12 rue des Lilas, 69003 Lyon'],
      ['contact', false, null, "N'hésitez pas à nous contacter."],
      ['children', true, null, "Le service n'est pas destiné aux enfants de moins de 15 ans."],
      ['children', true, null, "Si vous avez moins de 18 ans, demandez l'autorisation de vos parents."],
      ['children', true, 'Mineurs', 'Voir ci-dessous.'],
      ['transfers', true, null, 'Vos données sont hébergées en France chez notre prestataire.'],
      ['transfers', true, null, "Certaines données peuvent être transférées hors de l'Union européenne."],
      ['transfers', true, null, 'Ces transferts vers des pays tiers sont encadrés par les clauses contractuelles types de la Commission européenne.'],
      ['transfers', true, null, 'Nos serveurs sont situés aux Pays-Bas.'],
      ['transfers', true, 'Transferts de données hors UE', 'Voir ci-dessous.'],
      ['transfers', false, null, 'Les présentes conditions sont régies par le droit français.'],
      ['transfers', false, null, 'Siège social : 12 rue des Lilas, 69003 Lyon, France.'],
      ['retention', true, null, 'Les données sont conservées trois ans après le dernier contact.'],
      ['retention', true, null, 'Vos données seront supprimées à la clôture de votre compte.'],
      ['retention', true, null, 'Nous gardons vos informations aussi longtemps que votre compte est actif.'],
      ['retention', true, null, 'Les données de prospection sont conservées pendant un délai de trois ans à compter de leur collecte.'],
      ['retention', false, null, 'Vos données sont stockées de manière sécurisée.'],
      ['contact', true, null, 'Vous pouvez adresser vos demandes par courrier à : Exemple SARL, 4 avenue Foch, 75016 Paris.'],
      ['contact', true, null, 'Pour exercer vos droits, rendez-vous sur notre page Contact.'],
      ['contact', false, null, 'Pour toute question, contactez notre service client.'],
      ['children', true, null, "Nos services s'adressent aux personnes âgées de 18 ans et plus."],
      ['children', true, null, "Si nous apprenons qu'un enfant de moins de 15 ans nous a transmis des données, nous les supprimerons."],
      ['transfers', true, null, "Nos prestataires sont susceptibles de traiter vos données en dehors de l'Union européenne."],
      ['transfers', true, null, "Vos données sont stockées sur des serveurs situés dans l'Union européenne."],
      ['transfers', false, null, 'Nous travaillons avec des partenaires en France et en Belgique.'],
      ['transfers', false, null, 'Les présentes conditions sont soumises au droit belge.'],
    ],
  },
  es: {
    title: 'Política de privacidad',
    intro: 'Esta política explica cómo tratamos su información. Le pedimos que la lea con atención.',
    cases: [
      ['retention', true, null, 'Conservaremos sus datos durante cinco años desde la última compra.'],
      ['retention', true, null, 'Los registros se eliminan automáticamente a los 30 días.'],
      ['retention', true, null, 'Guardamos su información mientras su cuenta esté activa.'],
      ['retention', true, null, 'Los datos se conservarán durante el tiempo necesario para cumplir con la finalidad para la que se recabaron.'],
      ['retention', true, null, 'Sus datos se borran cuando elimina su cuenta.'],
      ['retention', true, 'Plazo de conservación', 'Varía según el servicio.'],
      ['retention', true, '¿Cuánto tiempo conservamos sus datos?', 'Depende del servicio.'],
      ['retention', false, null, 'No almacenamos ningún dato personal.'],
      ['retention', false, null, 'Puede solicitar la supresión de sus datos en cualquier momento.'],
      ['contact', true, null, 'Para cualquier consulta, escríbanos a privacidad@ejemplo.test.'],
      ['contact', true, 'Contacto', 'Teléfono: +34 910 000 321'],
      ['contact', true, null, 'Puede enviarnos su solicitud mediante el formulario de contacto de nuestra web.'],
      ['contact', false, null, 'Si tiene preguntas, póngase en contacto con nosotros.'],
      ['children', true, null, 'Nuestros servicios no están dirigidos a menores de 14 años.'],
      ['children', true, null, 'Si eres menor de edad, necesitas el consentimiento de tus padres o tutores.'],
      ['children', true, 'Menores de edad', 'Ver abajo.'],
      ['transfers', true, null, 'Sus datos se almacenan en servidores ubicados en la Unión Europea.'],
      ['transfers', true, null, 'No realizamos transferencias internacionales de datos fuera del Espacio Económico Europeo.'],
      ['transfers', true, null, 'Algunos proveedores están situados en Estados Unidos y tratan los datos con cláusulas contractuales tipo.'],
      ['transfers', true, 'Transferencias internacionales', 'Ver abajo.'],
      ['transfers', false, null, 'Este aviso se rige por la legislación española.'],
      ['transfers', false, null, 'Domicilio: Calle Mayor 10, 28013 Madrid, España.'],
      ['retention', true, null, 'Los datos proporcionados se conservarán mientras se mantenga la relación comercial.'],
      ['retention', true, null, 'Eliminaremos tu cuenta y tus datos tras 24 meses de inactividad.'],
      ['retention', true, null, 'Conservamos los registros de acceso por un periodo máximo de seis meses.'],
      ['contact', true, null, 'Puedes ejercer tus derechos enviando un correo electrónico a derechos@ejemplo.test.'],
      ['contact', true, 'Responsable del tratamiento', 'Ejemplo S.L., Avenida de la Constitución 5, 41001 Sevilla'],
      ['children', true, null, 'Para registrarse es necesario ser mayor de 16 años.'],
      ['children', true, null, 'No recopilamos intencionadamente información de niños.'],
      ['transfers', true, null, 'Algunos de nuestros proveedores se encuentran fuera del EEE.'],
      ['transfers', true, null, 'Tus datos se alojan en servidores de Amazon Web Services en Irlanda.'],
      ['transfers', false, null, 'Trabajamos con socios en España y Portugal.'],
    ],
  },
  pt: {
    title: 'Política de Privacidade',
    intro: 'Esta política explica como tratamos as suas informações. Pedimos que você a leia com atenção.',
    cases: [
      ['retention', true, null, 'Os seus dados são armazenados por até 2 anos.'],
      ['retention', true, null, 'Mantemos as informações enquanto a sua conta estiver ativa.'],
      ['retention', true, null, 'Os dados são excluídos após o encerramento da conta.'],
      ['retention', true, null, 'Os dados pessoais serão mantidos pelo tempo necessário para cumprir as finalidades descritas.'],
      ['retention', true, 'Por quanto tempo guardamos seus dados?', 'Depende do serviço.'],
      ['retention', false, null, 'Não armazenamos nenhum dado pessoal.'],
      ['retention', false, null, 'Você pode solicitar a exclusão dos seus dados a qualquer momento.'],
      ['contact', true, null, 'Em caso de dúvidas, entre em contato pelo e-mail privacidade@exemplo.test.'],
      ['contact', true, 'Fale conosco', 'Use o formulário de contato no nosso site.'],
      ['contact', true, 'Encarregado de dados', 'Telefone: +55 11 3000-0321'],
      ['contact', false, null, 'Entre em contato conosco se tiver dúvidas.'],
      ['children', true, null, 'Não coletamos intencionalmente dados de menores de 18 anos.'],
      ['children', true, null, 'O aplicativo não se destina a crianças.'],
      ['transfers', true, null, 'Os dados podem ser transferidos para outros países, como os Estados Unidos.'],
      ['transfers', true, null, 'Nossos servidores estão localizados no Brasil.'],
      ['transfers', true, null, 'A transferência internacional de dados observa o art. 33 da LGPD.'],
      ['transfers', false, null, 'Fica eleito o foro da comarca de São Paulo.'],
      ['transfers', false, null, 'Endereço: Rua das Flores, 100, São Paulo, Brasil.'],
      ['retention', true, null, 'Seus dados pessoais serão armazenados pelo período de 5 anos.'],
      ['retention', true, null, 'Os dados são eliminados assim que deixam de ser necessários.'],
      ['retention', true, null, 'As informações ficarão guardadas até que você solicite a exclusão.'],
      ['contact', true, null, 'Dúvidas podem ser enviadas para o encarregado pelo e-mail dpo@exemplo.test.'],
      ['children', true, null, 'O uso do aplicativo por menores de 13 anos não é permitido.'],
      ['transfers', true, null, 'Utilizamos provedores de nuvem localizados nos Estados Unidos.'],
      ['transfers', true, null, 'Seus dados podem ser processados fora do Brasil.'],
    ],
  },
  it: {
    title: 'Informativa sulla privacy',
    intro: 'Questa informativa spiega come trattiamo le tue informazioni. Ti chiediamo di leggerla con attenzione.',
    cases: [
      ['retention', true, null, 'I dati sono conservati per 24 mesi.'],
      ['retention', true, null, 'Cancelliamo i dati al termine del rapporto contrattuale.'],
      ['retention', true, null, 'I dati personali saranno conservati per il tempo strettamente necessario a conseguire le finalità per cui sono raccolti.'],
      ['retention', true, null, 'I dati vengono conservati fino alla revoca del consenso.'],
      ['retention', true, 'Periodo di conservazione', 'Vedi sotto.'],
      ['retention', false, null, 'Non memorizziamo alcun dato personale.'],
      ['retention', false, null, 'Puoi chiedere la cancellazione dei dati in qualsiasi momento.'],
      ['contact', true, null, 'Per qualsiasi domanda scrivi a privacy@esempio.test.'],
      ['contact', true, 'Titolare del trattamento', 'Esempio S.r.l., Via Roma 1, 20121 Milano'],
      ['contact', true, null, 'Puoi contattarci tramite il modulo di contatto del sito.'],
      ['contact', false, null, 'Contattaci per qualsiasi domanda.'],
      ['children', true, null, 'Il servizio non è rivolto a minori di 14 anni.'],
      ['children', true, null, 'Non raccogliamo consapevolmente dati di bambini.'],
      ['transfers', true, null, 'I dati sono ospitati su server situati in Italia.'],
      ['transfers', true, null, "I dati non vengono trasferiti al di fuori dell'Unione Europea."],
      ['transfers', true, null, 'Eventuali trasferimenti verso paesi terzi avvengono sulla base delle clausole contrattuali standard.'],
      ['transfers', false, null, 'Per ogni controversia è competente il foro di Milano.'],
      ['transfers', false, null, 'La presente informativa è regolata dalla legge italiana.'],
      ['retention', true, null, 'I dati di navigazione vengono cancellati dopo 7 giorni.'],
      ['retention', true, null, 'Conserviamo le fatture per 10 anni come previsto dalla normativa fiscale.'],
      ['retention', true, null, 'I dati saranno trattati fino a quando non chiederai la cancellazione del tuo account.'],
      ['contact', true, null, 'Per esercitare i tuoi diritti puoi scrivere a privacy@esempio.test.'],
      ['children', true, null, 'Gli utenti devono avere almeno 18 anni.'],
      ['transfers', true, null, 'I server che ospitano il sito si trovano in Germania.'],
    ],
  },
  nl: {
    title: 'Privacyverklaring',
    intro: 'Deze verklaring legt uit hoe wij met uw gegevens omgaan. Lees haar aandachtig door.',
    cases: [
      ['retention', true, null, 'Wij bewaren uw gegevens maximaal 2 jaar.'],
      ['retention', true, null, 'Uw gegevens worden verwijderd zodra u uw account opheft.'],
      ['retention', true, null, 'Wij bewaren persoonsgegevens niet langer dan strikt noodzakelijk is.'],
      ['retention', true, null, 'Facturen bewaren we zeven jaar vanwege de fiscale bewaarplicht.'],
      ['retention', true, 'Bewaartermijn', 'Zie hieronder.'],
      ['retention', true, 'Hoe lang bewaren wij gegevens?', 'Dat hangt af van het doel.'],
      ['retention', false, null, 'Wij slaan geen persoonsgegevens op.'],
      ['retention', false, null, 'U kunt ons vragen uw gegevens te verwijderen.'],
      ['contact', true, null, 'Vragen? Mail naar privacy@voorbeeld.test.'],
      ['contact', true, 'Contact', 'Gebruik ons contactformulier.'],
      ['contact', false, null, 'Neem gerust contact met ons op.'],
      ['children', true, null, 'Onze website is niet bedoeld voor kinderen jonger dan 16 jaar.'],
      ['children', true, null, 'Minderjarigen hebben toestemming van een ouder of voogd nodig.'],
      ['transfers', true, null, 'Wij slaan uw gegevens op binnen de Europese Unie.'],
      ['transfers', true, null, 'Onze servers staan in Nederland.'],
      ['transfers', true, null, 'Gegevens kunnen worden doorgegeven aan landen buiten de EER.'],
      ['transfers', false, null, 'Op deze verklaring is Nederlands recht van toepassing.'],
      ['transfers', false, null, 'Postadres: Keizersgracht 1, 1015 CJ Amsterdam, Nederland'],
      ['retention', true, null, 'Wij bewaren uw gegevens zolang u klant bij ons bent.'],
      ['retention', true, null, 'Na het beëindigen van uw abonnement worden uw gegevens binnen 30 dagen verwijderd.'],
      ['contact', true, null, 'U kunt contact met ons opnemen via privacy@voorbeeld.test.'],
      ['children', true, null, 'Als je jonger bent dan 16 jaar, heb je toestemming van je ouders nodig.'],
      ['transfers', true, null, 'Wij geven geen persoonsgegevens door aan landen buiten de Europese Economische Ruimte.'],
    ],
  },
  ru: {
    title: 'Политика конфиденциальности',
    intro: 'Эта политика описывает, как мы обращаемся с вашими сведениями.',
    cases: [
      ['retention', true, null, 'Мы храним ваши данные в течение 3 лет.'],
      ['retention', true, null, 'Журналы сервера автоматически удаляются через 30 дней.'],
      ['retention', true, null, 'Персональные данные хранятся до удаления вашей учётной записи.'],
      ['retention', true, null, 'Данные хранятся не дольше, чем этого требуют цели обработки.'],
      ['retention', true, 'Сроки хранения данных', 'См. ниже.'],
      ['retention', false, null, 'Мы не храним персональные данные.'],
      ['retention', false, null, 'Вы можете запросить удаление своих данных.'],
      ['contact', true, null, 'По вопросам конфиденциальности пишите на privacy@primer.test.'],
      ['contact', true, 'Контакты', 'Телефон: +7 495 000-11-22'],
      ['contact', true, null, 'Свяжитесь с нами через форму обратной связи на сайте.'],
      ['contact', false, null, 'Если у вас есть вопросы, свяжитесь с нами.'],
      ['children', true, null, 'Сервис не предназначен для лиц младше 14 лет.'],
      ['children', true, null, 'Мы сознательно не собираем данные детей.'],
      ['children', true, null, 'Несовершеннолетние могут пользоваться сервисом только с согласия родителей.'],
      ['transfers', true, null, 'Данные хранятся на серверах, расположенных в России.'],
      ['transfers', true, null, 'Трансграничная передача персональных данных не осуществляется.'],
      ['transfers', true, null, 'Данные могут передаваться в другие страны.'],
      ['transfers', false, null, 'Настоящая политика регулируется законодательством Российской Федерации.'],
      ['transfers', false, null, 'Адрес: 125009, г. Москва, ул. Тверская, д. 1.'],
      ['retention', true, null, 'Срок хранения персональных данных составляет 5 лет.'],
      ['retention', true, null, 'Данные уничтожаются по достижении целей обработки.'],
      ['retention', true, null, 'Мы удаляем данные после удаления аккаунта.'],
      ['contact', true, null, 'Обращения направляйте по адресу support@primer.test.'],
      ['children', true, null, 'Если вам нет 18 лет, вы не можете пользоваться сервисом.'],
      ['transfers', true, null, 'Сервера расположены в Германии.'],
      ['transfers', true, null, 'Мы можем передавать данные нашим партнёрам за рубежом.'],
    ],
  },
  zh: {
    title: '隐私政策',
    intro: '本政策说明我们如何处理您的信息。',
    cases: [
      ['retention', true, null, '我们将您的订单信息保存3年。'],
      ['retention', true, null, '日志数据在30天后自动删除。'],
      ['retention', true, null, '您注销账号后，我们将删除您的个人信息。'],
      ['retention', true, null, '我们仅在实现目的所必需的最短期限内保留您的个人信息。'],
      ['retention', true, null, '超出保存期限后，我们会对您的信息进行删除或匿名化处理。'],
      ['retention', true, '个人信息的保存期限', '详见下文。'],
      ['retention', false, null, '我们不会存储您的任何个人信息。'],
      ['retention', false, null, '您可以随时要求删除您的个人信息。'],
      ['contact', true, null, '如有任何问题，请发送邮件至 privacy@example.test。'],
      ['contact', true, '联系我们', '客服电话：400-820-0321'],
      ['contact', true, null, '您可以通过网站上的联系表单与我们联系。'],
      ['contact', false, null, '如有疑问，请联系我们。'],
      ['children', true, null, '我们的服务不面向14周岁以下的儿童。'],
      ['children', true, null, '如果您是未成年人，请在监护人的陪同下阅读本政策。'],
      ['transfers', true, null, '您的个人信息将存储在中华人民共和国境内。'],
      ['transfers', true, null, '我们不会将您的个人信息传输至境外。'],
      ['transfers', true, null, '我们的服务器位于新加坡。'],
      ['transfers', false, null, '本政策适用中华人民共和国法律。'],
      ['transfers', false, null, '地址：北京市海淀区中关村大街1号'],
      ['retention', true, null, '我们会在您注销账户后15日内删除您的个人信息。'],
      ['retention', true, null, '除法律法规另有规定外，我们将在实现本政策所述目的所需的期限内保存您的信息。'],
      ['contact', true, null, '您可以通过 privacy@example.test 与我们联系。'],
      ['children', true, null, '若您是未满十四周岁的未成年人，请在父母或其他监护人同意后使用。'],
      ['transfers', true, null, '我们在中华人民共和国境内收集和产生的个人信息，将存储在中华人民共和国境内。'],
      ['transfers', true, null, '我们的服务器部署在美国。'],
    ],
  },
  ja: {
    title: 'プライバシーポリシー',
    intro: '本ポリシーは、当社がお客様の情報をどのように取り扱うかを説明します。',
    cases: [
      ['retention', true, null, '取得した個人情報は、利用目的の達成に必要な期間保存します。'],
      ['retention', true, null, 'アクセスログは90日間保存した後、削除します。'],
      ['retention', true, null, '退会後、お客様の情報は速やかに削除されます。'],
      ['retention', true, null, 'お問い合わせ内容は３年間保管します。'],
      ['retention', true, '保存期間', '以下のとおりです。'],
      ['retention', false, null, '当アプリは個人情報を保存しません。'],
      ['retention', false, null, 'お客様は個人情報の削除を請求することができます。'],
      ['contact', true, null, 'お問い合わせは privacy@example.test までご連絡ください。'],
      ['contact', true, 'お問い合わせ', '[お問い合わせフォーム](/contact/)からご連絡ください。'],
      ['contact', true, null, 'ご質問は当サイトのお問い合わせフォームからお送りください。'],
      ['contact', false, null, 'ご不明な点はお問い合わせください。'],
      ['children', true, null, '16歳未満の方は、保護者の同意を得てからご利用ください。'],
      ['children', true, null, '当サービスは13歳未満の子どもを対象としていません。'],
      ['transfers', true, null, 'データは米国のサーバーに保存されます。'],
      ['transfers', true, null, '外国にある第三者に個人データを提供する場合があります。'],
      ['transfers', true, null, '当社のサーバーは日本国内にあります。'],
      ['transfers', false, null, '本ポリシーは日本法に準拠します。'],
      ['transfers', false, null, '所在地：〒100-0001 東京都千代田区千代田1-1'],
      ['retention', true, null, '個人情報は、利用目的を達成した後、遅滞なく消去します。'],
      ['retention', true, null, 'ログデータは最長１年間保存されます。'],
      ['contact', false, null, '個人情報に関するご相談は下記の窓口までお願いいたします。'],
      ['children', true, null, '未成年の方は、保護者の同意を得た上でご利用ください。'],
      ['transfers', true, null, '当社は、取得した個人情報を外国にある第三者に提供することがあります。'],
    ],
  },
  ko: {
    title: '개인정보처리방침',
    intro: '이 방침은 회사가 이용자의 정보를 어떻게 처리하는지 설명합니다.',
    cases: [
      ['retention', true, null, '회사는 회원 탈퇴 시 개인정보를 지체 없이 파기합니다.'],
      ['retention', true, null, '접속 기록은 3개월간 보관합니다.'],
      ['retention', true, null, '수집 및 이용 목적이 달성된 후에는 해당 정보를 지체 없이 파기합니다.'],
      ['retention', true, '개인정보의 보유 및 이용기간', '아래와 같습니다.'],
      ['retention', false, null, '저희는 개인정보를 저장하지 않습니다.'],
      ['retention', false, null, '언제든지 개인정보의 삭제를 요청할 수 있습니다.'],
      ['contact', true, null, '개인정보 관련 문의는 privacy@example.test 로 보내주세요.'],
      ['contact', true, '문의처', '전화: 02-3456-7890'],
      ['contact', true, null, '웹사이트의 문의 양식을 통해 연락하실 수 있습니다.'],
      ['contact', false, null, '궁금한 점이 있으면 문의해 주세요.'],
      ['children', true, null, '만 14세 미만 아동의 개인정보는 수집하지 않습니다.'],
      ['children', true, null, '미성년자는 법정대리인의 동의가 필요합니다.'],
      ['transfers', true, null, '회사는 개인정보를 국외로 이전하지 않습니다.'],
      ['transfers', true, null, '데이터는 미국에 위치한 서버에 저장됩니다.'],
      ['transfers', true, '개인정보의 국외 이전', '아래와 같습니다.'],
      ['transfers', false, null, '이 약관은 대한민국 법률에 따릅니다.'],
      ['transfers', false, null, '주소: 서울특별시 강남구 테헤란로 123'],
      ['retention', true, null, '이용자의 개인정보는 원칙적으로 개인정보의 처리목적이 달성되면 지체 없이 파기합니다.'],
      ['retention', true, null, '관계 법령에 따라 5년간 보존합니다.'],
      ['children', true, null, '회사는 만 14세 미만 아동의 회원가입을 허용하지 않습니다.'],
      ['transfers', true, null, '회사는 서비스 제공을 위해 아래와 같이 개인정보를 국외에 위탁하고 있습니다.'],
    ],
  },
};

describe('topic recognition in other languages', () => {
  for (const [lang, { title, intro, cases }] of Object.entries(CASES)) {
    describe(lang, () => {
      for (const [topic, expected, heading, sentence] of cases) {
        it(`${topic} ${expected ? 'covered' : 'not covered'}: ${heading ? `[${heading}] ` : ''}${sentence}`, () => {
          const text = [`# ${title}`, intro, ...(heading ? [`## ${heading}`] : []), sentence].join('\n\n') + '\n';
          const coverage = recognizeTopics(parseDocument(text, { format: 'markdown' }), emptyConfig());
          assert.equal(coverage.covered.has(topic), expected, JSON.stringify(coverage.covered.get(topic)?.[0]?.reason ?? null));
        });
      }
    });
  }
});

describe('language packs', () => {
  it('are read only for a document written in their language', () => {
    const english = 'We keep your data for 30 days. Our office is in Los Angeles, and we answer on AI questions at est. 9am IST. <em>Data</em> is processed in the EU.';
    assert.deepEqual(languagesOf(english).map((p) => p.language), []);
    for (const [lang, { intro }] of Object.entries(CASES)) assert.ok(languagesOf(intro).some((p) => p.language === lang), lang);
  });

  it('detect their language in one pass: patterns without capturing groups, none opening with a look-behind', () => {
    for (const p of LANGUAGES) {
      assert.equal(new RegExp(`${p.detect.pattern}|`).exec('')!.length, 1, p.language);
      assert.doesNotMatch(p.detect.pattern, /^\(\?<[=!]/, p.language);
    }
  });

  it('merge into a topic only the parts it has', () => {
    for (const pack of LANGUAGES) {
      for (const id of Object.keys(pack.topics)) assert.ok(TOPICS.some((t) => t.id === id), `${pack.language}: unknown topic ${id}`);
      for (const topic of TOPICS) assert.doesNotThrow(() => compileTopic(topic, { languages: [pack] }), `${pack.language} ${topic.id}`);
    }
    const retention = TOPICS.find((t) => t.id === 'retention')!;
    const bad = { language: 'xx', name: 'Test', detect: { pattern: 'xx', minimum: 1 }, topics: { retention: { parts: { NOPE: ['x'] } } } };
    assert.throws(() => withLanguages(retention, [bad]), /unknown part NOPE/);
  });

  it('extend a named sub-pattern with alternatives, keeping the topic\'s own', () => {
    const retention = TOPICS.find((t) => t.id === 'retention')!;
    const merged = withLanguages(retention, LANGUAGES.filter((p) => p.language === 'de'));
    assert.match(merged.recognition.defines!.UNIT, /^.*days\?.*\|.*monate/);
    assert.equal(retention.recognition.defines!.UNIT.includes('monate'), false);
  });
});
