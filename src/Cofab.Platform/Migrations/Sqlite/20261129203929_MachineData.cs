using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cofab.Platform.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MachineData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MachineConnections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    AgentUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Device = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MqttKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    InstanceId = table.Column<long>(type: "INTEGER", nullable: true),
                    NextSequence = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MachineConnections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MachineConnections_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MachineConnections_Resources_ResourceId",
                        column: x => x.ResourceId,
                        principalTable: "Resources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MachineStateIntervals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    PartCountIncrement = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MachineStateIntervals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MachineStateIntervals_MachineConnections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "MachineConnections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MachineStatuses",
                columns: table => new
                {
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Execution = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    PartCount = table.Column<long>(type: "INTEGER", nullable: true),
                    SpindleSpeed = table.Column<double>(type: "REAL", nullable: true),
                    ControllerMode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenIntervalId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MachineStatuses", x => x.ConnectionId);
                    table.ForeignKey(
                        name: "FK_MachineStatuses_MachineConnections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "MachineConnections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MachineConnections_EnterpriseId_MqttKey",
                table: "MachineConnections",
                columns: new[] { "EnterpriseId", "MqttKey" },
                unique: true,
                filter: "\"MqttKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_MachineConnections_ResourceId",
                table: "MachineConnections",
                column: "ResourceId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MachineStateIntervals_ConnectionId_Start",
                table: "MachineStateIntervals",
                columns: new[] { "ConnectionId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_MachineStateIntervals_ResourceId_Start",
                table: "MachineStateIntervals",
                columns: new[] { "ResourceId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_MachineStatuses_EnterpriseId",
                table: "MachineStatuses",
                column: "EnterpriseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MachineStateIntervals");

            migrationBuilder.DropTable(
                name: "MachineStatuses");

            migrationBuilder.DropTable(
                name: "MachineConnections");
        }
    }
}
