extension Gazetteer {
    /// The curated organisations and migration dialogues: id, kind, name, aliases (separated by `|`).
    ///
    /// Ids follow the Rabat Process data set (`graphs/rabat-process.yaml`). Users add their own lines in the same
    /// format with `partnet extract --organisations FILE`.
    public static let organisationTable = """
        # id\tkind\tname\taliases
        EU\torganisation\tEuropean Union\tEU|EU Delegation|Delegation of the European Union|Union européenne|UE
        EC\torganisation\tEuropean Commission\tthe Commission|Commission européenne|DG HOME|DG INTPA|DG NEAR
        COUNCILEU\torganisation\tCouncil of the European Union\tCouncil of the EU|Council of the European Union|Conseil de l'Union européenne|Conseil de l'UE
        EEAS\torganisation\tEuropean External Action Service\tEEAS
        ICMPD\torganisation\tInternational Centre for Migration Policy Development\tICMPD|Centre international pour le développement des politiques migratoires
        IOM\torganisation\tInternational Organization for Migration\tIOM|International Organisation for Migration|OIM|Organisation internationale pour les migrations
        UNHCR\torganisation\tOffice of the United Nations High Commissioner for Refugees\tUNHCR|UN Refugee Agency|HCR|United Nations High Commissioner for Refugees
        UNODC\torganisation\tUnited Nations Office on Drugs and Crime\tUNODC|UN Office on Drugs and Crime|ONUDC
        FRONTEX\torganisation\tFrontex\tFrontex|FRONTEX|European Border and Coast Guard Agency
        INTERPOL\torganisation\tInterpol\tInterpol|INTERPOL|International Criminal Police Organization
        EUROPOL\torganisation\tEuropol\tEuropol|EUROPOL
        ECOWAS\torganisation\tEconomic Community of West African States\tECOWAS|CEDEAO|ECOWAS Commission
        ECCAS\torganisation\tEconomic Community of Central African States\tECCAS|CEEAC
        AU\torganisation\tAfrican Union\tAU|African Union Commission|AUC|Union africaine|UA
        IGAD\torganisation\tIntergovernmental Authority on Development\tIGAD
        CENSAD\torganisation\tCommunity of Sahel-Saharan States\tCEN-SAD|CENSAD
        UEMOA\torganisation\tWest African Economic and Monetary Union\tUEMOA|WAEMU
        UMA\torganisation\tArab Maghreb Union\tUMA|AMU
        G5SAHEL\torganisation\tG5 Sahel\tG5 Sahel|G5S
        UFM\torganisation\tUnion for the Mediterranean\tUfM
        ILO\torganisation\tInternational Labour Organization\tILO|International Labour Organisation|OIT|BIT|Bureau international du Travail|International Labor Organization
        UNDP\torganisation\tUnited Nations Development Programme\tUNDP|PNUD
        UNICEF\torganisation\tUnited Nations Children's Fund\tUNICEF
        OHCHR\torganisation\tOffice of the United Nations High Commissioner for Human Rights\tOHCHR
        UNECA\torganisation\tUnited Nations Economic Commission for Africa\tUNECA|ECA
        OECD\torganisation\tOrganisation for Economic Co-operation and Development\tOECD|OCDE|Organisation for Economic Cooperation and Development
        WB\torganisation\tWorld Bank\tWorld Bank
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
        ADD\tdialogue\tAbu Dhabi Dialogue\tADD
        ACD\tdialogue\tAsian Cooperation Dialogue\tACD
        RABAT\tdialogue\tRabat Process\tEuro-African Dialogue on Migration and Development|Euro-African Dialogue|Processus de Rabat
        KHARTOUM\tdialogue\tKhartoum Process\tEU-Horn of Africa Migration Route Initiative|Processus de Khartoum
        NIAMEY\tdialogue\tNiamey Dialogue\tNiamey Process
        BUDAPEST\tdialogue\tBudapest Process
        PRAGUE\tdialogue\tPrague Process
        MTM\tdialogue\tMediterranean Transit Migration Dialogue\tMTM|MTM Dialogue|Mediterranean Transit Migration
        MMD\tdialogue\tMigration and Mobility Dialogue\tAfrica-EU Migration and Mobility Dialogue|Continent-to-Continent Migration and Mobility Dialogue|C2CMMD
        MIDWA\tdialogue\tMigration Dialogue for West Africa\tMIDWA
        MIDCAS\tdialogue\tMigration Dialogue for Central African States\tMIDCAS
        SALZBURG\tdialogue\tSalzburg Forum\tForum Salzburg
        MIDSA\tdialogue\tMigration Dialogue for Southern Africa\tMIDSA
        GFMD\tdialogue\tGlobal Forum on Migration and Development\tGFMD|FMMD|Forum mondial sur la migration et le développement
        VALLETTA\tdialogue\tJoint Valletta Action Plan\tJVAP|Valletta Action Plan
        """
}
