using static Cofab.Core.Demo.DemoMachines;

namespace Cofab.Core.Demo;

/// <summary>The equipment mix of each kind of firm, as weights: a mould shop is mostly milling and EDM, with a CMM.</summary>
internal static class DemoProfiles
{
    private static readonly Dictionary<DemoProfile, (MachineTemplate Template, int Weight)[]> Mixes = new()
    {
        [DemoProfile.MouldShop] = [(DmuFiveAxis, 2), (HermleFiveAxis, 1), (JingdiaoFiveAxis, 2), (JingdiaoThreeAxis, 3), (HaitianVmc, 3),
            (SodickWire, 2), (SanguangWire, 2), (AgieWire, 1), (SodickSinker, 2), (OkamotoSurface, 2), (ZeissCmm, 1),
            (InjectionMouldService, 1), (NxCam, 1), (CncOperators, 1)],
        [DemoProfile.DieCasting] = [(LkDieCast280, 3), (LkDieCast800, 2), (BuhlerCarat, 1), (LkHotChamber, 2), (HaitianVmc, 2),
            (HaasThreeAxis, 2), (BrotherTapping, 2), (Sandblaster, 1), (DieCastingDieService, 1), (GeneralWorkers, 1)],
        [DemoProfile.CncShop] = [(DmuFiveAxis, 2), (HaasFiveAxis, 2), (HaasFourAxis, 2), (HaasThreeAxis, 3), (HaitianVmc, 3),
            (BrotherTapping, 2), (DmgLathe, 2), (MazakTurnMill, 1), (HexagonCmm, 1), (CncOperators, 1)],
        [DemoProfile.Turning] = [(ShenyangLathe, 4), (DmgLathe, 2), (StarSwiss, 3), (MazakTurnMill, 1), (WuxiCenterless, 2),
            (StuderCylindrical, 1), (BrotherTapping, 1), (GeneralWorkers, 1)],
        [DemoProfile.Injection] = [(Haitian160, 5), (Haitian380, 3), (HaitianJupiter, 1), (EngelTwoShot, 1), (YizumiInsert, 2),
            (HaitianVmc, 1), (MoldflowLicence, 1), (GeneralWorkers, 1)],
        [DemoProfile.SheetMetal] = [(TrumpfLaser, 1), (HansLaser, 2), (TrumpfBrake, 1), (AmadaBrake, 2), (YaweiBrake, 2), (AmadaPunch, 2),
            (YangliPress, 2), (AidaPress, 1), (Shear, 1), (SpotWelder, 1), (StampingDieService, 1)],
        [DemoProfile.HeatTreatment] = [(AichelinFurnace, 3), (QuenchFurnace, 2), (NitridingFurnace, 2), (AnnealingFurnace, 2), (HardnessTester, 1)],
        [DemoProfile.SurfaceTreatment] = [(AnodizingLine, 3), (PlatingLine, 2), (PowderLine, 2), (PaintLine, 1), (Sandblaster, 2), (Polisher, 1)],
        [DemoProfile.Electronics] = [(PanasonicSmt, 2), (FujiSmt, 2), (YamahaSmt, 2), (WaveSolder, 2), (AssemblyLine, 1), (GeneralWorkers, 1)],
        [DemoProfile.Assembly] = [(AssemblyLine, 4), (GeneralWorkers, 2), (CncOperators, 1), (SpotWelder, 1), (PanasonicWeldRobot, 1)],
        [DemoProfile.Gears] = [(GleasonHobbing, 2), (ChongqingHobbing, 3), (DmgLathe, 2), (ShenyangLathe, 2), (StuderCylindrical, 1),
            (AichelinFurnace, 1), (HexagonCmm, 1)],
        [DemoProfile.Forging] = [(FrictionPress, 3), (HotForgingPress, 2), (ColdHeader, 2), (ShenyangLathe, 2), (StarSwiss, 1),
            (AnnealingFurnace, 1), (Sandblaster, 1)],
        [DemoProfile.Welding] = [(PanasonicWeldRobot, 3), (KukaWeldCell, 2), (AotaiTig, 2), (HansLaserWeld, 2), (SpotWelder, 1),
            (HansLaser, 1), (AmadaBrake, 1), (Welders, 1), (AssemblyLine, 1)],
        [DemoProfile.Lab] = [(ZeissCmm, 2), (HexagonCmm, 2), (InstronTensile, 1), (SunsTensile, 1), (HardnessTester, 2), (SpectroOes, 2),
            (FactoryAudit, 1)],
        [DemoProfile.Logistics] = [(VanLight, 3), (TruckHeavy, 2), (Warehouse, 1), (SupplyChain, 1)],
        [DemoProfile.Dyeing] = [(FongsJet, 5), (AtexcoPrinter, 2), (DyeRecipeModel, 1), (GeneralWorkers, 1)],
        [DemoProfile.Weaving] = [(TsudakomaLoom, 4), (PicanolLoom, 3), (GeneralWorkers, 1)],
        [DemoProfile.Knitting] = [(StollFlat, 2), (ShimaWholeGarment, 1), (CixingFlat, 3), (LonatiSock, 3), (SewingWorkers, 1)],
        [DemoProfile.Sewing] = [(JukiLine, 3), (BrotherSewing, 2), (SewingWorkers, 2), (GeneralWorkers, 1)],
        [DemoProfile.Maintenance] = [(CncRepair, 3), (LaserCalibration, 1), (RobotService, 2), (CncOperators, 1)],
        [DemoProfile.Additive] = [(UnionTechSla, 3), (FarsoonSls, 2), (BltSlm, 2), (EosSlm, 1), (StratasysFdm, 3), (AnsysMechanical, 1)],
        [DemoProfile.Software] = [(NxCam, 2), (AnsysMechanical, 2), (Zw3d, 2), (MoldflowLicence, 1)],
        [DemoProfile.Data] = [(InjectionDataset, 1), (ToolWearModel, 1), (DataStorage, 1), (OeeAnalytics, 1), (DyeRecipeModel, 1)],
    };

    /// <summary>Every template once, for bulk generation.</summary>
    public static readonly IReadOnlyList<MachineTemplate> AllTemplates =
        [.. Mixes.Values.SelectMany(mix => mix.Select(m => m.Template)).Distinct()];

    public static IReadOnlyList<(MachineTemplate Template, int Weight)> Mix(DemoProfile profile) => Mixes[profile];

    /// <summary>Relative size: workshops own many machines, a software or logistics firm offers a handful of things.</summary>
    public static double SizeFactor(DemoProfile profile) => profile switch
    {
        DemoProfile.Software or DemoProfile.Data or DemoProfile.Logistics or DemoProfile.Maintenance => 0.4,
        DemoProfile.Lab or DemoProfile.HeatTreatment or DemoProfile.SurfaceTreatment => 0.7,
        DemoProfile.MouldShop or DemoProfile.CncShop or DemoProfile.Injection => 1.4,
        _ => 1.0,
    };

    /// <summary>How the firm's site works: furnaces, die casting and dye houses run round the clock; offices work days.</summary>
    public static DemoShiftPattern ShiftPattern(DemoProfile profile) => profile switch
    {
        DemoProfile.DieCasting or DemoProfile.HeatTreatment or DemoProfile.Dyeing or DemoProfile.Weaving => DemoShiftPattern.ThreeShifts,
        DemoProfile.Software or DemoProfile.Data or DemoProfile.Lab or DemoProfile.Maintenance => DemoShiftPattern.OfficeHours,
        _ => DemoShiftPattern.TwoShifts,
    };

    public static MachineTemplate PickWeighted(DemoRandom random, IReadOnlyList<(MachineTemplate Template, int Weight)> mix)
    {
        var roll = random.Next(0, mix.Sum(m => m.Weight));
        foreach (var (template, weight) in mix)
        {
            if (roll < weight)
            {
                return template;
            }

            roll -= weight;
        }

        return mix[^1].Template;
    }
}
