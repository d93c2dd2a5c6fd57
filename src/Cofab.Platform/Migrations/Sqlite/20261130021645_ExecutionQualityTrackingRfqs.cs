using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cofab.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ExecutionQualityTrackingRfqs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_WorkOrders_Quotes_QuoteId",
                table: "WorkOrders");

            migrationBuilder.CreateTable(
                name: "ExecutionAlerts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemanderEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OperationKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Step = table.Column<int>(type: "INTEGER", nullable: true),
                    ProcessCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlannedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LateByMinutes = table.Column<long>(type: "INTEGER", nullable: false),
                    RaisedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProjectedDelays = table.Column<string>(type: "TEXT", nullable: false),
                    AcknowledgedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcknowledgedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AcknowledgedByEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExecutionAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExecutionAlerts_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExecutionAlerts_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemanderEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectorEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Step = table.Column<int>(type: "INTEGER", nullable: true),
                    LotSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Aql = table.Column<double>(type: "REAL", precision: 9, scale: 3, nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CodeLetter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    PlanCodeLetter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    SampleSize = table.Column<int>(type: "INTEGER", nullable: false),
                    Acceptance = table.Column<int>(type: "INTEGER", nullable: false),
                    Rejection = table.Column<int>(type: "INTEGER", nullable: false),
                    HundredPercent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ReinstateNormal = table.Column<bool>(type: "INTEGER", nullable: false),
                    InspectedCount = table.Column<int>(type: "INTEGER", nullable: true),
                    NonconformingCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inspections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inspections_Enterprises_InspectorEnterpriseId",
                        column: x => x.InspectorEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inspections_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperationIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    ScrapQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Finished = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReportedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReports_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ProgressReports_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Rfqs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemanderEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", nullable: false),
                    WholeOrder = table.Column<bool>(type: "INTEGER", nullable: false),
                    BidDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AwardedBidId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rfqs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rfqs_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Settlements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemanderEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    FeePercent = table.Column<double>(type: "REAL", precision: 9, scale: 4, nullable: false),
                    FeeMinimumPerWorkOrder = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    DemanderTotal = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    FeeTotal = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    NetTotal = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ComputedBy = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settlements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Settlements_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TransportLegs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromWorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToWorkOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Parts = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PlannedDeparture = table.Column<long>(type: "INTEGER", nullable: false),
                    PlannedArrival = table.Column<long>(type: "INTEGER", nullable: false),
                    ActualDeparture = table.Column<long>(type: "INTEGER", nullable: false),
                    ActualArrival = table.Column<long>(type: "INTEGER", nullable: true),
                    Carrier = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ShippedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TransportLegs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TransportLegs_Enterprises_FromEnterpriseId",
                        column: x => x.FromEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportLegs_Enterprises_ToEnterpriseId",
                        column: x => x.ToEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportLegs_Orders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "Orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TransportLegs_WorkOrders_FromWorkOrderId",
                        column: x => x.FromWorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Nonconformities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Disposition = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProviderAtFault = table.Column<bool>(type: "INTEGER", nullable: false),
                    DispositionNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nonconformities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nonconformities_Inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "Inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RfqId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Price = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    LeadTimeDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bids_Enterprises_ProviderEnterpriseId",
                        column: x => x.ProviderEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bids_Resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "Resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bids_Rfqs_RfqId",
                        column: x => x.RfqId,
                        principalTable: "Rfqs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RfqInvitations",
                columns: table => new
                {
                    RfqId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProviderEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Proposed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RfqInvitations", x => new { x.RfqId, x.ProviderEnterpriseId });
                    table.ForeignKey(
                        name: "FK_RfqInvitations_Enterprises_ProviderEnterpriseId",
                        column: x => x.ProviderEnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RfqInvitations_Rfqs_RfqId",
                        column: x => x.RfqId,
                        principalTable: "Rfqs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SettlementLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProviderEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderIds = table.Column<string>(type: "TEXT", nullable: false),
                    Gross = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    Deductions = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    Fee = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    Net = table.Column<double>(type: "REAL", precision: 18, scale: 2, nullable: false),
                    SettlementId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettlementLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SettlementLines_Settlements_SettlementId",
                        column: x => x.SettlementId,
                        principalTable: "Settlements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bids_ProviderEnterpriseId",
                table: "Bids",
                column: "ProviderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Bids_ResourceId",
                table: "Bids",
                column: "ResourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Bids_RfqId_ProviderEnterpriseId_Revision",
                table: "Bids",
                columns: new[] { "RfqId", "ProviderEnterpriseId", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionAlerts_DemanderEnterpriseId",
                table: "ExecutionAlerts",
                column: "DemanderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionAlerts_Once",
                table: "ExecutionAlerts",
                columns: new[] { "WorkOrderId", "OperationKey", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionAlerts_OrderId",
                table: "ExecutionAlerts",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutionAlerts_ProviderEnterpriseId",
                table: "ExecutionAlerts",
                column: "ProviderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_InspectorEnterpriseId",
                table: "Inspections",
                column: "InspectorEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_OrderId",
                table: "Inspections",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Inspections_WorkOrderId",
                table: "Inspections",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_Nonconformities_InspectionId",
                table: "Nonconformities",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_Nonconformities_OrderId",
                table: "Nonconformities",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_OrderId",
                table: "ProgressReports",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_WorkOrderId_At",
                table: "ProgressReports",
                columns: new[] { "WorkOrderId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_RfqInvitations_ProviderEnterpriseId",
                table: "RfqInvitations",
                column: "ProviderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Rfqs_DemanderEnterpriseId",
                table: "Rfqs",
                column: "DemanderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_Rfqs_OrderId",
                table: "Rfqs",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_ProviderEnterpriseId",
                table: "SettlementLines",
                column: "ProviderEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_SettlementLines_SettlementId",
                table: "SettlementLines",
                column: "SettlementId");

            migrationBuilder.CreateIndex(
                name: "IX_Settlements_OrderId",
                table: "Settlements",
                column: "OrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TransportLegs_FromEnterpriseId",
                table: "TransportLegs",
                column: "FromEnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportLegs_FromWorkOrderId",
                table: "TransportLegs",
                column: "FromWorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportLegs_OrderId",
                table: "TransportLegs",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_TransportLegs_ToEnterpriseId",
                table: "TransportLegs",
                column: "ToEnterpriseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bids");

            migrationBuilder.DropTable(
                name: "ExecutionAlerts");

            migrationBuilder.DropTable(
                name: "Nonconformities");

            migrationBuilder.DropTable(
                name: "ProgressReports");

            migrationBuilder.DropTable(
                name: "RfqInvitations");

            migrationBuilder.DropTable(
                name: "SettlementLines");

            migrationBuilder.DropTable(
                name: "TransportLegs");

            migrationBuilder.DropTable(
                name: "Inspections");

            migrationBuilder.DropTable(
                name: "Rfqs");

            migrationBuilder.DropTable(
                name: "Settlements");

            migrationBuilder.AddForeignKey(
                name: "FK_WorkOrders_Quotes_QuoteId",
                table: "WorkOrders",
                column: "QuoteId",
                principalTable: "Quotes",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
