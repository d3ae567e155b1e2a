extension Gazetteer {
    /// The curated organisations and migration dialogues: id, kind, name, aliases (separated by `|`).
    ///
    /// Ids follow the Rabat Process data set (`graphs/rabat-process.yaml`). Users add their own lines in the same
    /// format with `partnet extract --organisations FILE`. Names, acronyms and French forms are the organisations' own,
    /// as their sites give them (e.g. <https://www.iom.int/fr>, <https://www.unhcr.org/fr>, <https://www.lasportal.org>,
    /// <https://www.unwomen.org>, <https://www.sesric.org>, <https://asean.org>, <https://www.osce.org/fr>,
    /// <https://www.oas.org/fr>, <https://www.ecowas.int>, <https://au.int/fr>) and the UN system chart
    /// (<https://www.un.org/en/about-us/un-system>), the EU institutions and agencies
    /// (<https://european-union.europa.eu/institutions-law-budget/institutions-and-bodies/search-all-eu-institutions-and-bodies_en>,
    /// e.g. <https://euaa.europa.eu>, which took over from EASO in 2022: kept under the id EASO), CEMAC (<https://www.cemac.int>), the Berlin Process (<https://www.berlinprocess.de>), Benelux
    /// (<https://www.benelux.int>), the EBRD (<https://www.ebrd.com>), the CBSS (<https://cbss.org>), CONFEJES
    /// (<https://www.confejes.org>); the regional
    /// bodies are those migration dialogues name as partners.
    public static let organisationTable = """
        # id\tkind\tname\taliases
        EU\torganisation\tEuropean Union\tEU|EU Delegation|Delegation of the European Union|Union européenne|UE
        EC\torganisation\tEuropean Commission\tthe Commission|Commission européenne|DG HOME|DG INTPA|DG NEAR|EU Commissioner|EU-Commissioner|European Commissioner|Commissaire européen|Commissaire européenne
        COUNCILEU\torganisation\tCouncil of the European Union\tCouncil of the EU|Council of the European Union|Conseil de l'Union européenne|Conseil de l'UE
        EEAS\torganisation\tEuropean External Action Service\tEEAS
        EUCO\torganisation\tEuropean Council\tEuropean Council|Conseil européen|EUCO
        ICMPD\torganisation\tInternational Centre for Migration Policy Development\tICMPD|Centre international pour le développement des politiques migratoires
        IOM\torganisation\tInternational Organization for Migration\tIOM|International Organisation for Migration|OIM|Organisation internationale pour les migrations
        UNHCR\torganisation\tOffice of the United Nations High Commissioner for Refugees\tUNHCR|UN Refugee Agency|HCR|United Nations High Commissioner for Refugees|Haut-Commissariat des Nations unies pour les réfugiés|Haut Commissariat des Nations Unies pour les Réfugiés|Haut-commissariat des Nations unies pour les réfugiés|UN High Commissioner for Refugees
        UNODC\torganisation\tUnited Nations Office on Drugs and Crime\tUNODC|UN Office on Drugs and Crime|ONUDC|Office des Nations unies contre la drogue et le crime
        FRONTEX\torganisation\tFrontex\tFrontex|FRONTEX|European Border and Coast Guard Agency
        INTERPOL\torganisation\tInterpol\tInterpol|INTERPOL|International Criminal Police Organization
        EUROPOL\torganisation\tEuropol\tEuropol|EUROPOL
        EASO\torganisation\tEuropean Union Agency for Asylum\tEUAA|EASO|European Asylum Support Office|Agence de l'Union européenne pour l'asile|Bureau européen d'appui en matière d'asile|AUEA
        EUROJUST\torganisation\tEurojust\tEurojust|European Union Agency for Criminal Justice Cooperation
        EUFRA\torganisation\tEuropean Union Agency for Fundamental Rights\tEU Fundamental Rights Agency|Fundamental Rights Agency|Agence des droits fondamentaux de l'Union européenne
        EIB\torganisation\tEuropean Investment Bank\tEIB|BEI|Banque européenne d'investissement
        EP\torganisation\tEuropean Parliament\tParlement européen
        CEMAC\torganisation\tEconomic and Monetary Community of Central Africa\tCEMAC|Communauté économique et monétaire de l'Afrique centrale|Central African Economic and Monetary Community
        ECOWAS\torganisation\tEconomic Community of West African States\tECOWAS|CEDEAO|ECOWAS Commission|Commission de la CEDEAO|Communauté économique des États de l'Afrique de l'Ouest
        ECCAS\torganisation\tEconomic Community of Central African States\tECCAS|CEEAC|Communauté économique des États de l'Afrique centrale
        AU\torganisation\tAfrican Union\tAU|African Union Commission|AUC|Union africaine|UA|Commission de l'Union africaine
        IGAD\torganisation\tIntergovernmental Authority on Development\tIGAD|Autorité intergouvernementale pour le développement
        CENSAD\torganisation\tCommunity of Sahel-Saharan States\tCEN-SAD|CENSAD|Communauté des États sahélo-sahariens
        UEMOA\torganisation\tWest African Economic and Monetary Union\tUEMOA|WAEMU|Union économique et monétaire ouest-africaine
        UMA\torganisation\tArab Maghreb Union\tUMA|AMU|Union du Maghreb arabe
        G5SAHEL\torganisation\tG5 Sahel\tG5 Sahel|G5S
        UFM\torganisation\tUnion for the Mediterranean\tUfM|UpM|Union pour la Méditerranée
        ILO\torganisation\tInternational Labour Organization\tILO|International Labour Organisation|OIT|BIT|Bureau international du Travail|International Labor Organization|Organisation internationale du Travail
        UNDP\torganisation\tUnited Nations Development Programme\tUNDP|PNUD|Programme des Nations unies pour le développement|UN Development Programme
        UNICEF\torganisation\tUnited Nations Children's Fund\tUNICEF|Fonds des Nations unies pour l'enfance
        OHCHR\torganisation\tOffice of the United Nations High Commissioner for Human Rights\tOHCHR
        UNECA\torganisation\tUnited Nations Economic Commission for Africa\tUNECA|ECA|UN Economic Commission for Africa|Commission économique des Nations unies pour l'Afrique|Commission économique pour l'Afrique
        OECD\torganisation\tOrganisation for Economic Co-operation and Development\tOECD|OCDE|Organisation for Economic Cooperation and Development|Organization for Economic Co-operation and Development
        WB\torganisation\tWorld Bank\tWorld Bank|Banque mondiale|World Bank Group
        UN\torganisation\tUnited Nations\tUN|UNO|Nations unies|ONU|Nations-Unies|Organisation des Nations unies
        UNU\torganisation\tUnited Nations University\tUNU
        GIZ\torganisation\tDeutsche Gesellschaft für Internationale Zusammenarbeit\tGIZ
        EXPERTISEFRANCE\torganisation\tExpertise France\tExpertise France
        FIIAPP\torganisation\tFundación Internacional y para Iberoamérica de Administración y Políticas Públicas\tFIIAPP
        ENABEL\torganisation\tEnabel\tEnabel|Belgian development agency
        AFD\torganisation\tAgence française de développement\tAFD|French Development Agency
        IRD\torganisation\tFrench National Research Institute for Development\tIRD|Institut de recherche pour le développement
        MMC\torganisation\tMixed Migration Centre\tMMC|Mixed Migration Center
        SEEFAR\torganisation\tSEEFAR\tSEEFAR|Seefar
        ICRC\torganisation\tInternational Committee of the Red Cross\tICRC|CICR
        IFRC\torganisation\tInternational Federation of Red Cross and Red Crescent Societies\tIFRC
        EUTF\torganisation\tEU Emergency Trust Fund for Africa\tEUTF|EUTF for Africa|EU Trust Fund for Africa
        CILSS\torganisation\tPermanent Interstate Committee for Drought Control in the Sahel\tCILSS
        OIF\torganisation\tOrganisation internationale de la Francophonie\tOIF|Francophonie
        MIEUX\torganisation\tMigration EU Expertise\tMIEUX|MIEUX+
        SADC\torganisation\tSouthern African Development Community\tSADC|Communauté de développement de l'Afrique australe
        COMESA\torganisation\tCommon Market for Eastern and Southern Africa\tCOMESA|Common Market of Eastern and Southern Africa
        IOC\torganisation\tIndian Ocean Commission\tCommission de l'océan Indien
        IOE\torganisation\tInternational Organisation of Employers\tIOE|International Organization of Employers
        OIC\torganisation\tOrganisation of Islamic Cooperation\tOIC|OCI|Organization of Islamic Cooperation|Organisation de la coopération islamique
        UNCCD\torganisation\tUnited Nations Convention to Combat Desertification\tUNCCD|CNULCD
        COE\torganisation\tCouncil of Europe\tCouncil of Europe|Conseil de l'Europe
        LAS\torganisation\tLeague of Arab States\tLAS|Arab League|League of the Arab States|Ligue des États arabes|Ligue arabe
        UNWOMEN\torganisation\tUN Women\tUN Women|UN-Women|United Nations Entity for Gender Equality and the Empowerment of Women|ONU Femmes
        SESRIC\torganisation\tStatistical, Economic and Social Research and Training Centre for Islamic Countries\tSESRIC
        CEI\torganisation\tCentral European Initiative\tInitiative centre-européenne
        IGC\torganisation\tIntergovernmental Consultations on Migration, Asylum and Refugees\tIGC|Intergovernmental Consultations on Migration|Intergovernmental Consultations
        ASEAN\torganisation\tAssociation of Southeast Asian Nations\tASEAN|Association of South East Asian Nations|ASEAN Secretariat|ANASE
        SAARC\torganisation\tSouth Asian Association for Regional Cooperation\tSAARC
        OSCE\torganisation\tOrganization for Security and Co-operation in Europe\tOSCE|Organisation for Security and Co-operation in Europe|Organisation pour la sécurité et la coopération en Europe
        CIS\torganisation\tCommonwealth of Independent States\tCommunauté des États indépendants
        EAEU\torganisation\tEurasian Economic Union\tEAEU|Union économique eurasiatique
        OAS\torganisation\tOrganization of American States\tOAS|OEA|Organisation of American States|Organisation des États américains|Organización de los Estados Americanos
        SICA\torganisation\tCentral American Integration System\tSICA|Sistema de la Integración Centroamericana
        CARICOM\torganisation\tCaribbean Community\tCARICOM|CARICOM Secretariat
        MERCOSUR\torganisation\tSouthern Common Market\tMERCOSUR|Mercosur|MERCOSUL
        EAC\torganisation\tEast African Community\tEAC|Communauté d'Afrique de l'Est
        UNFPA\torganisation\tUnited Nations Population Fund\tUNFPA|FNUAP|Fonds des Nations unies pour la population|UN Population Fund
        UNESCO\torganisation\tUnited Nations Educational, Scientific and Cultural Organization\tUNESCO
        UNCTAD\torganisation\tUnited Nations Conference on Trade and Development\tUNCTAD|CNUCED
        UNHABITAT\torganisation\tUN-Habitat\tUN-Habitat|UN Habitat|ONU-Habitat
        ESCWA\torganisation\tUnited Nations Economic and Social Commission for Western Asia\tESCWA|UN-ESCWA|UNESCWA|CESAO
        ESCAP\torganisation\tUnited Nations Economic and Social Commission for Asia and the Pacific\tESCAP|UNESCAP|UN ESCAP
        ECLAC\torganisation\tUnited Nations Economic Commission for Latin America and the Caribbean\tECLAC|CEPAL
        UNDESA\torganisation\tUnited Nations Department of Economic and Social Affairs\tUN DESA|UNDESA
        OCHA\torganisation\tUnited Nations Office for the Coordination of Humanitarian Affairs\tOCHA|UNOCHA
        WFP\torganisation\tWorld Food Programme\tWFP|World Food Program|Programme alimentaire mondial
        IFAD\torganisation\tInternational Fund for Agricultural Development\tIFAD|FIDA
        AFDB\torganisation\tAfrican Development Bank\tAfDB|AFDB|Banque africaine de développement
        ADB\torganisation\tAsian Development Bank\tADB
        IDB\torganisation\tInter-American Development Bank\tIDB
        ISDB\torganisation\tIslamic Development Bank\tIsDB|Banque islamique de développement
        ICMC\torganisation\tInternational Catholic Migration Commission\tICMC|CICM
        UNRWA\torganisation\tUnited Nations Relief and Works Agency for Palestine Refugees in the Near East\tUNRWA
        UNOWAS\torganisation\tUnited Nations Office for West Africa and the Sahel\tUNOWAS|UNOWA
        WHO\torganisation\tWorld Health Organization\tWorld Health Organisation|Organisation mondiale de la santé|OMS
        UNAIDS\torganisation\tJoint United Nations Programme on HIV/AIDS\tUNAIDS|ONUSIDA
        PIDC\torganisation\tPacific Immigration Development Community\tPIDC
        PIF\torganisation\tPacific Islands Forum\tPacific Islands Forum Secretariat|Forum des îles du Pacifique
        GCC\torganisation\tGulf Cooperation Council\tGCC|Cooperation Council for the Arab States of the Gulf
        MPI\torganisation\tMigration Policy Institute\tMPI
        BENELUX\torganisation\tBenelux Union\tBenelux|Union Benelux|Benelux Economic Union
        EBRD\torganisation\tEuropean Bank for Reconstruction and Development\tEBRD|BERD|Banque européenne pour la reconstruction et le développement
        CBSS\torganisation\tCouncil of the Baltic Sea States\tCBSS|Conseil des États de la mer Baltique
        ADD\tdialogue\tAbu Dhabi Dialogue\tADD
        ACD\tdialogue\tAsian Cooperation Dialogue\tACD
        RABAT\tdialogue\tRabat Process\tEuro-African Dialogue on Migration and Development|Euro-African Dialogue|Processus de Rabat
        KHARTOUM\tdialogue\tKhartoum Process\tEU-Horn of Africa Migration Route Initiative|Processus de Khartoum
        NIAMEY\tdialogue\tNiamey Dialogue\tNiamey Process
        BUDAPEST\tdialogue\tBudapest Process
        PRAGUE\tdialogue\tPrague Process
        BERLINPROCESS\tdialogue\tBerlin Process\tProcessus de Berlin
        MTM\tdialogue\tMediterranean Transit Migration Dialogue\tMTM|MTM Dialogue|Mediterranean Transit Migration
        MMD\tdialogue\tMigration and Mobility Dialogue\tAfrica-EU Migration and Mobility Dialogue|Continent-to-Continent Migration and Mobility Dialogue|C2CMMD
        MIDWA\tdialogue\tMigration Dialogue for West Africa\tMIDWA
        MIDCAS\tdialogue\tMigration Dialogue for Central African States\tMIDCAS
        SALZBURG\tdialogue\tSalzburg Forum\tForum Salzburg
        MIDSA\tdialogue\tMigration Dialogue for Southern Africa\tMIDSA
        GFMD\tdialogue\tGlobal Forum on Migration and Development\tGFMD|FMMD|Forum mondial sur la migration et le développement
        VALLETTA\tdialogue\tJoint Valletta Action Plan\tJVAP|Valletta Action Plan
        CONFEJES\tdialogue\tConference of Youth and Sports Ministers of the Francophonie\tCONFEJES|Conférence des ministres de la Jeunesse et des Sports de la Francophonie
        """
}
