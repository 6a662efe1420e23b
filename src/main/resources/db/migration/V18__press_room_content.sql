-- Abhilekh schema, version 18: the press room's own words, which editors change on /admin/press/room.xhtml: the
-- paragraph about the organisation (the boilerplate that also closes every kit's README), the note for a child in
-- danger, and the media contacts, each text in English and Hindi (an empty Hindi text is shown in English). One row of
-- texts whose version guards against two editors saving over each other; the contacts are saved with it, as one change.
-- Seeded with the texts the press room showed before they became data. Written for H2 2.x and PostgreSQL.

create table press_room_text (
    id           integer        primary key,
    about_en     varchar(4000)  not null,
    about_hi     varchar(4000),
    helpline_en  varchar(1000)  not null,
    helpline_hi  varchar(1000),
    version      bigint         not null,
    updated_at   timestamp      not null,
    updated_by   varchar(100)
);

create sequence press_room_contact_seq start with 50 increment by 50;

create table press_room_contact (
    id                bigint        primary key,
    contact_position  integer       not null,
    name              varchar(200)  not null,
    role_en           varchar(200)  not null,
    role_hi           varchar(200),
    email             varchar(254),
    phone             varchar(40)
);

insert into press_room_text (id, about_en, about_hi, helpline_en, helpline_hi, version, updated_at, updated_by) values (1,
    'The Jharkhand Child Rights Forum (झारखंड बाल अधिकार मंच) works with panchayats, police, Child Welfare Committees and families across Jharkhand to keep children out of brick kilns, mica pits and domestic servitude, to bring trafficked children home and to see them back in school.',
    'झारखंड बाल अधिकार मंच पूरे झारखंड में पंचायतों, पुलिस, बाल कल्याण समितियों और परिवारों के साथ मिलकर काम करता है, ताकि बच्चे ईंट-भट्ठों, अभ्रक खदानों और घरेलू गुलामी से दूर रहें, तस्करी के शिकार बच्चे घर लौटें और फिर से स्कूल जाएँ।',
    'Call Childline 1098 (free, day and night) or the police on 112.',
    'चाइल्डलाइन 1098 (निःशुल्क, दिन-रात) या पुलिस को 112 पर फ़ोन करें।',
    1, localtimestamp, null);

insert into press_room_contact (id, contact_position, name, role_en, role_hi, email, phone) values
    (1, 1, 'Anjali Tirkey', 'Media and interviews (English)', 'मीडिया और साक्षात्कार (अंग्रेज़ी)', 'media@jcrf.example', '+91 651 200 0123'),
    (2, 2, 'रमेश महतो', 'Hindi media', 'हिन्दी मीडिया', 'media.hindi@jcrf.example', '+91 651 200 0124');
